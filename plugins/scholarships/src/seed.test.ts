import { currentSchoolYear, type Unit } from "@congdoan/core";
import { TenantRegistry, UnitRepository } from "@congdoan/db";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { createPluginHarness } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import plugin from "./index";
import { keys } from "./keys";
import type { Nomination, Programme, Tally } from "./model";
import { personalDataExpired, withPersonalData } from "./personal-data";
import { publicSummary } from "./public-summary";
import { withAward } from "./tally";

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
    await (await plugin.server()).seed!(context as never);
    await (await plugin.server()).seed!(context as never);
    const board = (await (await h.publicRequest("/scoreboards/theo-quan-huyen")).json()) as {
      schoolYear: string;
      rows: { district: string; count: number; amount: number }[];
    };
    expect(board.schoolYear).toBe("2022-2023");
    expect(board.rows).toHaveLength(1);
    expect(board.rows[0]).toMatchObject({ district: "LĐLĐ quận Thanh Xuân", count: 55 });
    const text = JSON.stringify(board);
    expect(text).not.toMatch(/Nguyễn|Trần|Đoàn viên/);
    // Closed on 12/09/2023 and kept 24 months: its children's data now reads as erased by itself.
    const past = (await h.store.get<Programme>(keys.programme("2022-2023-thanh-xuan")))!.data;
    expect(personalDataExpired(past)).toBe(true);
    const files = await h.store.queryAll<Nomination>(keys.nominations(past.id));
    expect(files).toHaveLength(55);
    const shown = await withPersonalData(h.store, past, files);
    expect(shown.every((f) => f.data.child === null && f.data.status === "paid")).toBe(true);

    // The first award of this school year switches the district board to it, with last year beside.
    const currentId = `${currentSchoolYear()}-thanh-xuan`;
    const tally = (await h.store.get<Tally>(keys.tally(currentId)))!;
    const award = {
      unitId: "tx-thcs-nhan-chinh",
      districtId: "ldld-thanh-xuan",
      category: "hoc-gioi",
      amount: 1_000_000,
      schoolLevel: "thcs",
    } as Nomination;
    await h.store.update(keys.tally(currentId), tally.version, withAward(tally.data, award, 1));
    const now = await publicSummary(h.store, directory);
    expect(now).toMatchObject({
      schoolYear: currentSchoolYear(),
      previousSchoolYear: "2022-2023",
      schoolYearsWithAwards: ["2022-2023", currentSchoolYear()],
    });
    expect(now.byDistrict).toEqual([expect.objectContaining({ count: 1, previousCount: 55 })]);
    const then = await publicSummary(h.store, directory, "2022-2023");
    expect(then.byDistrict).toEqual([expect.objectContaining({ count: 55, previousCount: 0 })]);
    const asked = (await (await h.publicRequest("/summary?schoolYear=2022-2023")).json()) as {
      schoolYear: string;
    };
    expect(asked.schoolYear).toBe("2022-2023");
    expect((await h.publicRequest("/summary?schoolYear=năm-ngoái")).status).toBe(400);
  });
});
