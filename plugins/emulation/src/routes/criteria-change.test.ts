import { beforeAll, describe, expect, it } from "vitest";
import { movementBody, setup, TITLES } from "../test-helpers";

/** Criteria are frozen once a result of the movement is submitted or accepted (see scoring-freeze.ts). */
let s: Awaited<ReturnType<typeof setup>>;
const M = "/movements/hai-tot-2019-2020";
const result = (unit: string) => `${M}/results/2019-2020/${unit}`;
const figures = {
  "day-tot": { value: 9 },
  "dat-danh-hieu": { value: 19 },
  "sang-kien": { value: 4 },
};
const criteria = movementBody().criteria as { id: string; weight: number; name: string }[];
const heavier = criteria.map((c) => (c.id === "day-tot" ? { ...c, weight: 5 } : c));

const movement = async () => (await s.call("GET", M, s.users.admin)).data;
const patch = async (body: Record<string, unknown>, headers = s.users.admin) =>
  s.call("PATCH", M, headers, { expectedVersion: (await movement()).version, ...body });

beforeAll(async () => {
  s = await setup();
  const { call, users } = s;
  await call("POST", "/movements", users.admin, movementBody());
  for (const [unit, who] of [
    ["cdcs-a", users.officerA],
    ["cdcs-b", users.officerB],
  ] as const) {
    await call("POST", `${M}/registrations`, who, { unitId: unit, titles: TITLES });
    await call("PUT", result(unit), who, { figures });
  }
}, 60_000);

describe("changing criteria after results exist", () => {
  it("allows any change while results are drafts only", async () => {
    const res = await patch({ criteria: heavier });
    expect(res.status).toBe(200);
    expect(res.data.criteria[0].weight).toBe(5);
    const back = await patch({ criteria });
    expect(back.status).toBe(200);
  });

  it("refuses a weight or maximum change once one result is submitted, in Vietnamese and English, and lets names change", async () => {
    const { call, users, h } = s;
    const submitted = await call("POST", `${result("cdcs-a")}/submit`, users.officerA, {
      expectedVersion: 1,
    });
    expect(submitted.status).toBe(200);
    const refused = await patch({ criteria: heavier });
    expect(refused.status).toBe(409);
    expect(refused.data.error.message).toContain("1 kết quả đã gửi hoặc đã được chấp nhận");
    expect(refused.data.error.message).toContain("Hãy trả lại các kết quả đó");
    // The refusal names the unit whose result holds the criteria, for the page to list.
    expect(refused.data.error.details).toEqual({
      scoredResults: {
        total: 1,
        listed: [{ schoolYear: "2019-2020", unitId: "cdcs-a", unitName: "CĐCS cdcs-a" }],
      },
    });
    const dropped = await patch({ criteria: criteria.slice(0, 2) });
    expect(dropped.status).toBe(409);
    const english = await h.request(M, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "Accept-Language": "en", ...users.admin },
      body: JSON.stringify({ expectedVersion: (await movement()).version, criteria: heavier }),
    });
    expect(english.status).toBe(409);
    expect(((await english.json()) as { error: { message: string } }).error.message).toContain(
      "Return those results to their units first",
    );
    const renamed = await patch({
      criteria: criteria.map((c) => (c.id === "day-tot" ? { ...c, name: "Dạy tốt, học tốt" } : c)),
    });
    expect(renamed.status).toBe(200);
    expect((await movement()).criteria[0]).toMatchObject({ name: "Dạy tốt, học tốt", weight: 3 });
  });

  it("accepted results freeze it too; once returned, the change goes through and the unit is scored anew", async () => {
    const { call, users } = s;
    const before = (await call("GET", result("cdcs-a"), users.reviewer)).data;
    const accepted = await call("POST", `${result("cdcs-a")}/accept`, users.reviewer, {
      expectedVersion: before.version,
    });
    expect(accepted.status).toBe(200);
    const score = accepted.data.score;
    expect((await patch({ criteria: heavier })).status).toBe(409);
    const returned = await call("POST", `${result("cdcs-a")}/return`, users.reviewer, {
      expectedVersion: before.version + 1,
      comment: "Tiêu chí điều chỉnh, đơn vị gửi lại",
    });
    expect(returned.status).toBe(200);
    expect((await patch({ criteria: heavier })).status).toBe(200);
    const again = await call("POST", `${result("cdcs-a")}/submit`, users.officerA, {
      expectedVersion: before.version + 2,
    });
    expect(again.status).toBe(200);
    // 9/10 on the heavier criterion now counts for more: 3·0,9+2·0,95+1 → 5·0,9+2·0,95+1.
    expect(again.data.score).not.toBe(score);
    expect(again.data.score).toBeCloseTo(((5 * 9 + 2 * 9.5 + 10) / 80) * 100, 1);
  });

  it("a submit racing a criteria change never keeps a score from the old criteria", async () => {
    const { call, users, h } = s;
    const current = (await call("GET", result("cdcs-b"), users.officerB)).data;
    const back = criteria.map((c) => ({ ...c, weight: c.id === "day-tot" ? 3 : c.weight }));
    const m = await movement();
    // Only cdcs-a's result (submitted) is scored, so this change is refused; return it first.
    const a = (await call("GET", result("cdcs-a"), users.reviewer)).data;
    await call("POST", `${result("cdcs-a")}/return`, users.reviewer, {
      expectedVersion: a.version,
      comment: "Điều chỉnh tiêu chí",
    });
    const [change, submit] = await Promise.all([
      call("PATCH", M, users.admin, { expectedVersion: m.version, criteria: back }),
      call("POST", `${result("cdcs-b")}/submit`, users.officerB, { expectedVersion: current.version }),
    ]);
    const final = await movement();
    const stored = await h.store.get<{ status: string; score?: number }>({
      pk: ["RES", "hai-tot-2019-2020", "2019-2020"],
      sk: ["U", "cdcs-b"],
    });
    if (stored?.data.status === "submitted") {
      // Whatever the order, the stored score is the one the movement's current criteria give.
      const w = Object.fromEntries(
        final.criteria.map((c: { id: string; weight: number }) => [c.id, c.weight]),
      );
      const expected =
        ((w["day-tot"] * 9 + w["dat-danh-hieu"] * 9.5 + w["sang-kien"] * 10) /
          ((w["day-tot"] + w["dat-danh-hieu"] + w["sang-kien"]) * 10)) *
        100;
      expect(stored.data.score).toBeCloseTo(expected, 1);
    }
    expect([change.status, submit.status]).toContain(200);
    for (const r of [change, submit]) expect([200, 409]).toContain(r.status);
  });

  it("only the movement's managers may change it", async () => {
    expect((await patch({ criteria: heavier }, s.users.reviewer)).status).toBe(403);
    expect((await patch({ criteria: heavier }, s.users.officerA)).status).toBe(403);
  });
});
