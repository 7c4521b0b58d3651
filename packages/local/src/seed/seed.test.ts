import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { describe, expect, it } from "vitest";
import { createTestDb } from "../test-setup";
import { demoTenants } from "./demo-data";
import { seedDemo } from "./seed";

describe("demo seed", () => {
  it("reproduces Thanh Xuân from the article: 52 school unions, 2.152 members, 46 public and 6 non-public", () => {
    const haNoi = demoTenants().find((d) => d.tenant.id === "ha-noi")!;
    const thanhXuan = haNoi.units.filter((u) => u.parentId === "ldld-thanh-xuan");
    expect(thanhXuan).toHaveLength(52);
    expect(thanhXuan.every((u) => u.kind === "cdcs")).toBe(true);
    expect(thanhXuan.reduce((sum, u) => sum + u.memberCount, 0)).toBe(2152);
    expect(thanhXuan.filter((u) => u.ownership === "public")).toHaveLength(46);
    expect(thanhXuan.filter((u) => u.ownership === "non-public")).toHaveLength(6);
  });

  it("names Phú Xuyên's exemplary schools and gives every unit a unique id under an existing parent", () => {
    for (const { units } of demoTenants()) {
      const ids = new Set(units.map((u) => u.id));
      expect(ids.size).toBe(units.length);
      for (const u of units) if (u.parentId) expect(ids.has(u.parentId), u.id).toBe(true);
    }
    const names = demoTenants()[0]!.units.map((u) => u.name);
    expect(names).toEqual(
      expect.arrayContaining(["CĐCS Trường THCS Trần Phú", "CĐCS Trường Tiểu học Khai Thái"]),
    );
  });

  it("is idempotent and keeps what an admin changed since", async () => {
    const db = await createTestDb("seed");
    const first = await seedDemo(db);
    expect(first.tenants.map((t) => t.created)).toEqual([true, true]);
    const registry = new TenantRegistry(db);
    const hn = await registry.get("ha-noi");
    await registry.update("ha-noi", hn.version, { ...hn.data, shortName: "LĐLĐ TP Hà Nội" });
    const second = await seedDemo(db);
    expect(second.tenants).toEqual([
      { id: "ha-noi", created: false, units: 0 },
      { id: "dak-nong", created: false, units: 0 },
    ]);
    expect((await registry.get("ha-noi")).data.shortName).toBe("LĐLĐ TP Hà Nội");
    const units = await new UnitRepository(registry.store("ha-noi")).all();
    expect(units).toHaveLength(demoTenants()[0]!.units.length);
  });
});
