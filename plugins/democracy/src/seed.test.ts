import type { Unit } from "@congdoan/core";
import { demoTenants } from "@congdoan/local";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { createPluginHarness } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index";
import { remindersOfYear } from "./reminders";
import { settingsSchema } from "./settings";
import { complianceByYear } from "./summary";

/** The demo tree read from memory, as the host's directory would serve it. */
function directory(units: Unit[]): UnitDirectory {
  const byId = new Map(units.map((u) => [u.id, u]));
  const childrenOf = async (id: string) => units.filter((u) => u.parentId === id).map((u) => u.id);
  return {
    all: async () => units,
    get: async (id) => byId.get(id),
    childrenOf,
    async subtree(id) {
      const out = [id];
      for (let i = 0; i < out.length; i++) out.push(...(await childrenOf(out[i]!)));
      return out;
    },
    async ancestors(id) {
      const out: string[] = [];
      for (let p = byId.get(id)?.parentId; p; p = byId.get(p)?.parentId) out.unshift(p);
      return out;
    },
  };
}

describe("demo seed", () => {
  it("reproduces Thanh Xuân 2022–2023 (46/46 and 6/6) and leaves 2025–2026 partly done; runs twice safely", async () => {
    const h = await createPluginHarness(plugin);
    const demo = demoTenants().find((t) => t.tenant.id === "ha-noi")!;
    const units = demo.units.map((u) => ({
      ...u,
      memberCount: u.memberCount ?? 0,
      status: u.status ?? "active",
    })) as Unit[];
    const ctx = {
      tenant: h.tenant,
      units: directory(units),
      store: h.store,
      settings: settingsSchema.parse({}),
      db: h.db,
    };
    await (await plugin.server()).seed!(ctx);
    await (await plugin.server()).seed!(ctx);
    const years = await complianceByYear(h.store, units);
    const y2022 = years.find((y) => y.year === "2022-2023")!;
    const tx = y2022.districts.find((d) => d.districtId === "ldld-thanh-xuan")!;
    expect(tx.byKind.cbccvc).toMatchObject({ required: 46, held: 46, heldWithQuorum: 46 });
    expect(tx.byKind.nld).toMatchObject({ required: 6, held: 6 });
    const current = years.find((y) => y.year === "2025-2026")!;
    const txNow = current.districts.find((d) => d.districtId === "ldld-thanh-xuan")!;
    expect(txNow.byKind.cbccvc).toMatchObject({ required: 46, held: 45 });
    expect(current.notHeld.length).toBeGreaterThan(1);
    expect(current.notHeld.map((r) => r.unitId)).toContain("tx-thcs-nhan-chinh");
    const reminders = await remindersOfYear(h.store, "2025-2026");
    expect(reminders.get("tx-thcs-nhan-chinh")).toMatchObject({
      remindedBy: "admin.hanoi",
      count: 1,
      deadline: "2025-10-31",
    });
    expect(reminders.size).toBe(3);
    expect(years.map((y) => y.year)).toEqual(["2022-2023", "2023-2024", "2024-2025", "2025-2026"]);
  });
});
