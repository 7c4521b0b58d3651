import { ConflictError } from "@congdoan/core";
import { createTestDb } from "@congdoan/local/test-setup";
import { describe, expect, it } from "vitest";
import { namespaces } from "./keys";
import { TenantStore } from "./store";
import { exportTenant, importTenant } from "./tenant-dump";
import { TenantRegistry } from "./tenants";

const base = {
  shortName: "LĐLĐ",
  status: "active" as const,
  schoolYear: { startMonth: 9, startDay: 5 },
  modules: {},
};

describe("tenant export and import", () => {
  it("round-trips a tenant into an empty one without losing anything, and never touches another tenant", async () => {
    const source = await createTestDb("dump_source");
    const registry = new TenantRegistry(source);
    await registry.create({ ...base, id: "ha-noi", name: "Liên đoàn Lao động thành phố Hà Nội" });
    await registry.create({ ...base, id: "dak-nong", name: "Liên đoàn Lao động tỉnh Đắk Nông" });
    const store = new TenantStore(source, "ha-noi", namespaces.core);
    for (let i = 0; i < 60; i++) {
      await store.create(
        { pk: ["THINGS"], sk: ["T", String(i)] },
        "thing",
        { i, text: "Chữ có dấu ữ ệ" },
        { gsi1: { pk: ["BY"], sk: String(i) } },
      );
    }
    await new TenantStore(source, "dak-nong", namespaces.core).create(
      { pk: ["THINGS"], sk: ["T", "x"] },
      "thing",
      {},
    );
    const lines: string[] = [];
    for await (const line of exportTenant(source, "ha-noi")) lines.push(line);
    expect(lines).toHaveLength(62);
    expect(lines.join("\n")).not.toContain("dak-nong");

    const target = await createTestDb("dump_target");
    expect(await importTenant(target, "ha-noi", lines)).toBe(62);
    const again: string[] = [];
    for await (const line of exportTenant(target, "ha-noi")) again.push(line);
    const sorted = (xs: string[]) =>
      xs.map((l) => JSON.parse(l)).sort((a, b) => `${a.pk}${a.sk}`.localeCompare(`${b.pk}${b.sk}`));
    expect(sorted(again)).toEqual(sorted(lines));
    expect((await new TenantRegistry(target).get("ha-noi")).data.name).toBe(
      "Liên đoàn Lao động thành phố Hà Nội",
    );
    const page = await new TenantStore(target, "ha-noi", namespaces.core).query(["BY"], {
      index: "gsi1",
      limit: 100,
    });
    expect(page.items).toHaveLength(60);

    await expect(importTenant(target, "ha-noi", lines)).rejects.toBeInstanceOf(ConflictError);
    await expect(importTenant(await createTestDb("dump_wrong"), "dak-nong", lines)).rejects.toThrow(
      /không thuộc/,
    );
  });
});
