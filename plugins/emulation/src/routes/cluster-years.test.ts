import { beforeAll, describe, expect, it } from "vitest";
import { setup } from "../test-helpers";

/** The clusters page chooses among the school years that have clusters, latest first. */
let s: Awaited<ReturnType<typeof setup>>;

beforeAll(async () => {
  s = await setup();
});

describe("school years with clusters", () => {
  it("lists each year once, latest first, for this federation only", async () => {
    const { call, users } = s;
    expect((await call("GET", "/clusters/years", users.memberA)).data).toEqual({ items: [] });
    const make = (schoolYear: string, name: string, unitId: string) =>
      call("POST", "/clusters", users.admin, { schoolYear, name, unitIds: [unitId] });
    expect((await make("2019-2020", "Cụm số 1", "cdcs-a")).status).toBe(201);
    expect((await make("2022-2023", "Cụm số 1", "cdcs-a")).status).toBe(201);
    expect((await make("2022-2023", "Cụm số 2", "cdcs-b")).status).toBe(201);
    // A refused cluster does not add its year.
    expect((await make("2024-2025", "Cụm số 1", "khong-co")).status).toBe(400);
    const years = await call("GET", "/clusters/years", users.memberA);
    expect(years.status).toBe(200);
    expect(years.data.items).toEqual(["2022-2023", "2019-2020"]);
    const other = await call("GET", "/clusters/years", users.dakNongAdmin, undefined, "dak-nong");
    expect(other.data.items).toEqual([]);
    expect((await call("GET", "/clusters/years")).status).toBe(401);
  });
});
