import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { beforeAll, describe, expect, it } from "vitest";
import { movementBody, setup, TITLES } from "../test-helpers";

/**
 * A movement launched by a district (LĐLĐ Thanh Xuân) is for the schools of that district: the
 * registration form offers only those, the API refuses the others; a movement offering titles asks
 * which one the unit aims for; the page reads back the unit's registration after registering.
 */
let s: Awaited<ReturnType<typeof setup>>;
const M = "/movements/tx-2026-2027";
const mine = (items: { id: string }[]) => items.map((u) => u.id).sort();

beforeAll(async () => {
  s = await setup();
  const units = new UnitRepository(new TenantRegistry(s.h.db).store("ha-noi"));
  const add = (id: string, kind: "ldld-huyen" | "cdcs", parentId: string) =>
    units.create({ id, name: `Đơn vị ${id}`, kind, parentId, memberCount: 20, status: "active" });
  await add("ldld-tx", "ldld-huyen", "ha-noi");
  await add("ldld-px", "ldld-huyen", "ha-noi");
  await add("tx-nhan-chinh", "cdcs", "ldld-tx");
  await add("tx-hoa-sua", "cdcs", "ldld-tx");
  await add("px-phu-tuc", "cdcs", "ldld-px");
  const created = await s.call(
    "POST",
    "/movements",
    s.users.admin,
    movementBody({ id: "tx-2026-2027", period: "2026-2027", ownerUnitId: "ldld-tx" }),
  );
  expect(created.status).toBe(201);
});

describe("registration for a district's movement", () => {
  it("offers only the units of the movement's audience", async () => {
    const all = await s.call("GET", "/me/units?permission=emulation.register&kind=cdcs", s.users.admin);
    expect(mine(all.data.items)).toContain("px-phu-tuc");
    const offered = await s.call(
      "GET",
      "/me/units?permission=emulation.register&kind=cdcs&movementId=tx-2026-2027",
      s.users.admin,
    );
    expect(offered.status).toBe(200);
    expect(mine(offered.data.items)).toEqual(["tx-hoa-sua", "tx-nhan-chinh"]);
    const unknown = await s.call(
      "GET",
      "/me/units?permission=emulation.register&movementId=khong-co",
      s.users.admin,
    );
    expect(unknown.status).toBe(404);
  });

  it("refuses a unit outside the audience, in the caller's language", async () => {
    for (const unitId of ["px-phu-tuc", "cdcs-a", "ldld-tx"]) {
      const r = await s.call("POST", `${M}/registrations`, s.users.admin, { unitId, titles: TITLES });
      expect(r.status, unitId).toBe(400);
      expect(r.data.error.message).toContain("không thuộc đối tượng");
    }
    const en = await s.call("POST", `${M}/registrations?lang=en`, s.users.admin, {
      unitId: "px-phu-tuc",
      titles: TITLES,
    });
    expect(en.data.error.message).toContain("is not in the audience");
    expect((await s.call("GET", `${M}/registrations/px-phu-tuc`, s.users.admin)).status).toBe(404);
  });

  it("asks for a title when the movement offers titles, next to the field", async () => {
    const vi = await s.call("POST", `${M}/registrations`, s.users.admin, { unitId: "tx-hoa-sua" });
    expect(vi.status).toBe(400);
    expect(vi.data.error.fields).toEqual([
      { path: "titles", message: "Hãy chọn ít nhất một danh hiệu phấn đấu" },
    ]);
    const en = await s.call("POST", `${M}/registrations?lang=en`, s.users.admin, {
      unitId: "tx-hoa-sua",
      titles: [],
    });
    expect(en.data.error.fields).toEqual([
      { path: "titles", message: "Choose at least one title the unit aims for" },
    ]);
    expect((await s.call("GET", `${M}/registrations/tx-hoa-sua`, s.users.admin)).status).toBe(404);
  });

  it("accepts no title when the movement offers none", async () => {
    await s.call(
      "POST",
      "/movements",
      s.users.admin,
      movementBody({ id: "khong-danh-hieu-2026-2027", period: "2026-2027", titles: [] }),
    );
    const r = await s.call("POST", "/movements/khong-danh-hieu-2026-2027/registrations", s.users.officerA, {
      unitId: "cdcs-a",
    });
    expect(r.status).toBe(201);
  });

  it("gives the unit's registration back to the page after registering", async () => {
    const before = await s.call("GET", `${M}/registrations/tx-nhan-chinh`, s.users.admin);
    expect(before.status).toBe(404);
    const r = await s.call("POST", `${M}/registrations`, s.users.admin, {
      unitId: "tx-nhan-chinh",
      titles: TITLES,
    });
    expect(r.status).toBe(201);
    const after = await s.call("GET", `${M}/registrations/tx-nhan-chinh`, s.users.admin);
    expect(after.status).toBe(200);
    expect(after.data).toMatchObject({
      unitId: "tx-nhan-chinh",
      status: "registered",
      titles: TITLES,
      version: 1,
    });
    // Another school's officer cannot read it.
    expect((await s.call("GET", `${M}/registrations/tx-nhan-chinh`, s.users.officerA)).status).toBe(403);
  });
});
