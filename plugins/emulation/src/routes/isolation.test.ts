import { beforeAll, describe, expect, it } from "vitest";
import { movementBody, setup, TITLES } from "../test-helpers";

/**
 * Every write of the workflow, tried by those who must not: no login (401), a member of the unit
 * (403), the officer of another school (403), and the other federation's admin through its own
 * tenant (the record does not exist there: 403/404). Nothing they send may change the data.
 */
let s: Awaited<ReturnType<typeof setup>>;
const M = "hai-tot-2019-2020";
const Y = "2019-2020";
const RESULT = `/movements/${M}/results/${Y}/cdcs-a`;

beforeAll(async () => {
  s = await setup();
  const { call, users } = s;
  expect((await call("POST", "/movements", users.admin, movementBody({ id: M }))).status).toBe(201);
  expect(
    (
      await call("POST", `/movements/${M}/registrations`, users.officerA, {
        unitId: "cdcs-a",
        titles: TITLES,
      })
    ).status,
  ).toBe(201);
  const saved = await call("PUT", RESULT, users.officerA, { figures: { "day-tot": { value: 8 } } });
  expect(saved.status).toBe(200);
}, 60_000);

const writes: [string, string, unknown][] = [
  ["POST", "/movements", movementBody({ id: "khac" })],
  ["PATCH", `/movements/${M}`, { expectedVersion: 1, name: "Tên phong trào bị đổi" }],
  ["POST", "/clusters", { schoolYear: Y, name: "Cụm lạ", unitIds: ["cdcs-a"] }],
  ["POST", `/movements/${M}/registrations/cdcs-a/decide`, { expectedVersion: 1, approve: false }],
  ["PUT", RESULT, { expectedVersion: 1, figures: { "day-tot": { value: 10 } } }],
  ["POST", `${RESULT}/submit`, { expectedVersion: 1 }],
  ["POST", `${RESULT}/accept`, { expectedVersion: 1 }],
  ["POST", `/movements/${M}/rounds/${Y}/close`, {}],
];

describe("nobody outside the unit's chain can write", () => {
  it("refuses every write without a login (401)", async () => {
    for (const [method, path, body] of writes) {
      const res = await s.call(method, path, {}, body);
      expect([method, path, res.status]).toEqual([method, path, 401]);
    }
  });

  it("refuses every write to a member of the school (403)", async () => {
    for (const [method, path, body] of writes) {
      const res = await s.call(method, path, s.users.memberA, body);
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
  });

  it("refuses another school's officer on this school's result (403)", async () => {
    for (const [method, path, body] of writes.filter(([, p]) => p.startsWith(RESULT))) {
      const res = await s.call(method, path, s.users.officerB, body);
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
    expect((await s.call("GET", RESULT, s.users.officerB)).status).toBe(403);
  });

  it("gives the other federation's admin nothing of this tenant", async () => {
    // Its own tenant has units with the same ids (cdcs-a): creating there is its right, not a leak.
    for (const [method, path, body] of writes.filter(([, p]) => p.startsWith(`/movements/${M}`))) {
      const res = await s.call(method, path, s.users.dakNongAdmin, body, "dak-nong");
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect([400, 403, 404]).toContain(res.status);
    }
    // Its token does not open the first tenant either.
    expect((await s.call("GET", `/movements/${M}`, s.users.dakNongAdmin)).status).toBe(401);
  });

  it("left the data as it was", async () => {
    const { call, users } = s;
    const movement = await call("GET", `/movements/${M}`, users.admin);
    expect(movement.data).toMatchObject({ version: 1, name: "Dạy tốt – Học tốt" });
    const result = await call("GET", RESULT, users.admin);
    expect(result.data).toMatchObject({ status: "draft", version: 1 });
    expect(result.data.figures["day-tot"].value).toBe(8);
    expect((await call("GET", `/clusters?schoolYear=${Y}`, users.admin)).data.items).toEqual([]);
  });
});
