import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { beforeAll, describe, expect, it } from "vitest";
import { movementBody, setup, TITLES } from "../test-helpers";
import { HOLDERS_LISTED } from "./scoring-freeze";

/**
 * A criteria change refused because results are scored lists which units' results hold it: at
 * most 20 (by school year, then name), with the total — here 24 submitted and one draft.
 */
let s: Awaited<ReturnType<typeof setup>>;
const M = "/movements/hai-tot-2019-2020";
const Y = "2019-2020";
// Names out of id order, so the list's order (by name, Vietnamese) is visible.
const schools = Array.from({ length: 25 }, (_, i) => ({
  id: `th-${String(i).padStart(2, "0")}`,
  name: `Trường Tiểu học ${String.fromCharCode(89 - i)}`,
}));

beforeAll(async () => {
  s = await setup();
  const { h, call, users } = s;
  const units = new UnitRepository(new TenantRegistry(h.db).store("ha-noi"));
  for (const u of schools)
    await units.create({ ...u, kind: "cdcs", parentId: "ha-noi", memberCount: 20, status: "active" });
  const officers = await h.headersFor([{ role: "cdcs-officer", unitId: "ha-noi" }]);
  const ok = (r: { status: number; data: unknown }) => {
    if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.data)}`);
  };
  ok(await call("POST", "/movements", users.admin, movementBody()));
  for (const [i, u] of schools.entries()) {
    ok(await call("POST", `${M}/registrations`, officers, { unitId: u.id, titles: TITLES }));
    ok(
      await call("PUT", `${M}/results/${Y}/${u.id}`, officers, {
        figures: { "day-tot": { value: 9 }, "dat-danh-hieu": { value: 19 }, "sang-kien": { value: 4 } },
      }),
    );
    // The last one stays a draft: drafts do not hold the criteria.
    if (i < schools.length - 1)
      ok(await call("POST", `${M}/results/${Y}/${u.id}/submit`, officers, { expectedVersion: 1 }));
  }
}, 120_000);

describe("the refusal lists the results holding the criteria", () => {
  it("gives the total and the first 20 units by name, with ids and names", async () => {
    const { call, users } = s;
    const current = (await call("GET", M, users.admin)).data;
    const criteria = current.criteria.map((c: { weight: number }, i: number) =>
      i === 0 ? { ...c, weight: 7 } : c,
    );
    const refused = await call("PATCH", M, users.admin, { expectedVersion: current.version, criteria });
    expect(refused.status).toBe(409);
    expect(refused.data.error.code).toBe("conflict");
    expect(refused.data.error.message).toContain("24 kết quả");
    const held = refused.data.error.details.scoredResults as {
      total: number;
      listed: { schoolYear: string; unitId: string; unitName: string }[];
    };
    expect(held.total).toBe(24);
    expect(refused.data.error.fields).toBeUndefined();
    const submitted = schools.slice(0, -1);
    const expected = [...submitted]
      .sort((a, b) => a.name.localeCompare(b.name, "vi"))
      .slice(0, HOLDERS_LISTED)
      .map((u) => ({ schoolYear: Y, unitId: u.id, unitName: u.name }));
    expect(held.listed).toEqual(expected);
    expect(HOLDERS_LISTED).toBe(20);
    // The draft (the last school) is not among them, nor is anything else changed.
    expect(held.listed.some((r) => r.unitId === schools.at(-1)!.id)).toBe(false);
    expect((await call("GET", M, users.admin)).data.version).toBe(current.version);
  });
});
