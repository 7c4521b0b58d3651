import type { Unit } from "@congdoan/core";
import { TenantRegistry, UnitRepository } from "@congdoan/db";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { createPluginHarness } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index";

describe("demo seed", () => {
  it("hands out Thanh Xuân's 55 scholarships of 2022–2023, shown on the public board, and is idempotent", async () => {
    const h = await createPluginHarness(plugin);
    const units = new UnitRepository(new TenantRegistry(h.db).store("ha-noi"));
    await units.create({
      id: "ldld-thanh-xuan",
      name: "LĐLĐ quận Thanh Xuân",
      kind: "ldld-huyen",
      parentId: "ha-noi",
      memberCount: 0,
      status: "active",
    });
    const schools = ["tx-thcs-nhan-chinh", "tx-mam-non-hoa-sua", "tx-tieu-hoc-kim-giang"];
    for (const id of schools) {
      await units.create({
        id,
        name: `CĐCS ${id}`,
        kind: "cdcs",
        parentId: "ldld-thanh-xuan",
        memberCount: 40,
        status: "active",
      });
    }
    // The seed's services, as the host gives them at start-up: the tree from the stored units.
    const all: Unit[] = [
      { id: "ha-noi", name: "LĐLĐ ha-noi", kind: "ldld", parentId: null, memberCount: 0, status: "active" },
      {
        id: "ldld-thanh-xuan",
        name: "LĐLĐ quận Thanh Xuân",
        kind: "ldld-huyen",
        parentId: "ha-noi",
        memberCount: 0,
        status: "active",
      },
      ...schools.map((id) => ({
        id,
        name: id,
        kind: "cdcs" as const,
        parentId: "ldld-thanh-xuan",
        memberCount: 40,
        status: "active" as const,
      })),
    ];
    const byId = new Map(all.map((u) => [u.id, u]));
    const ancestors = (id: string): string[] => {
      const parent = byId.get(id)?.parentId;
      return parent ? [...ancestors(parent), parent] : [];
    };
    const directory: UnitDirectory = {
      all: async () => all,
      get: async (id) => byId.get(id),
      subtree: async (id) => all.filter((u) => u.id === id || ancestors(u.id).includes(id)).map((u) => u.id),
      childrenOf: async (id) => all.filter((u) => u.parentId === id).map((u) => u.id),
      ancestors: async (id) => ancestors(id),
    };
    const context = {
      tenant: h.tenant,
      units: directory,
      store: h.store,
      settings: plugin.settings.parse({}),
      db: h.db,
    };
    await plugin.seed!(context as never);
    await plugin.seed!(context as never);
    const board = (await (await h.publicRequest("/scoreboards/theo-quan-huyen")).json()) as {
      schoolYear: string;
      rows: { district: string; count: number; amount: number }[];
    };
    expect(board.schoolYear).toBe("2022-2023");
    expect(board.rows).toHaveLength(1);
    expect(board.rows[0]).toMatchObject({ district: "LĐLĐ quận Thanh Xuân", count: 55 });
    const text = JSON.stringify(board);
    expect(text).not.toMatch(/Nguyễn|Trần|Đoàn viên/);
  });
});
