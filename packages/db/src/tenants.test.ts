import { ConflictError, TenantNotFoundError } from "@congdoan/core";
import { createTestDb } from "@congdoan/local/test-setup";
import { describe, expect, it } from "vitest";
import { TenantRegistry } from "./tenants";

describe("TenantRegistry", () => {
  it("creates, lists, updates and refuses duplicates", async () => {
    const registry = new TenantRegistry(await createTestDb("tenants"));
    const base = {
      id: "ha-noi",
      name: "Liên đoàn Lao động thành phố Hà Nội",
      shortName: "LĐLĐ Hà Nội",
      status: "active" as const,
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: {},
    };
    const created = await registry.create(base);
    expect(created.data.name).toBe(base.name);
    await expect(registry.create(base)).rejects.toBeInstanceOf(ConflictError);
    const renamed = await registry.update("ha-noi", created.version, {
      ...base,
      shortName: "LĐLĐ TP Hà Nội",
    });
    expect(renamed.version).toBe(2);
    expect(await registry.list()).toEqual([
      { id: "ha-noi", name: base.name, shortName: "LĐLĐ TP Hà Nội", status: "active" },
    ]);
    await expect(registry.get("khong-co")).rejects.toBeInstanceOf(TenantNotFoundError);
  });
});
