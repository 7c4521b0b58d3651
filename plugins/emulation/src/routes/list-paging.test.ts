import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { createPluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "../index";
import { caller, movementBody, TITLES } from "../test-helpers";

/**
 * Lists filtered by the caller's units give full pages: 40 schools in two districts, every fourth
 * one in Thanh Xuân, whose reviewer reads pages of 5 of results, registrations, initiatives and
 * proposals, with three other schools' items between each two of its own.
 */
const PAGE = 5;
const M = "hai-tot-2019-2020";
const Y = "2019-2020";
const schools = Array.from({ length: 40 }, (_, i) => `u-${String(i).padStart(2, "0")}`);
const inThanhXuan = (id: string) => Number(id.slice(2)) % 4 === 1;
const visibleSchools = schools.filter(inThanhXuan);

let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const h = await createPluginHarness(plugin, { settings: { pageSize: PAGE } });
  const units = new UnitRepository(new TenantRegistry(h.db).store("ha-noi"));
  for (const id of ["ldld-tx", "ldld-px"])
    await units.create({
      id,
      name: `LĐLĐ ${id}`,
      kind: "ldld-huyen",
      parentId: "ha-noi",
      memberCount: 0,
      status: "active",
    });
  for (const id of schools)
    await units.create({
      id,
      name: `Trường ${id}`,
      kind: "cdcs",
      parentId: inThanhXuan(id) ? "ldld-tx" : "ldld-px",
      memberCount: 25,
      status: "active",
    });
  const as = h.headersFor.bind(h);
  const users = {
    admin: await as([{ role: "federation-admin", unitId: "ha-noi" }]),
    officers: await as([{ role: "cdcs-officer", unitId: "ha-noi" }]),
    thanhXuan: await as([{ role: "reviewer", unitId: "ldld-tx" }]),
  };
  return { h, users, call: caller(h) };
}

const ok = (r: { status: number; data: unknown }) => {
  if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.data)}`);
  return r;
};

/** Every page of a list, checking each but the last is full. */
async function walk(path: string, headers: Record<string, string>) {
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
  const pages: any[][] = [];
  let cursor: string | undefined;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const r = await s.call(
      "GET",
      `${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ""}`,
      headers,
    );
    expect(r.status).toBe(200);
    pages.push(r.data.items);
    cursor = r.data.cursor;
    if (pages.length > 50) throw new Error("the cursor does not move on");
  } while (cursor);
  for (const page of pages.slice(0, -1)) expect(page).toHaveLength(PAGE);
  return pages.flat();
}

beforeAll(async () => {
  s = await setup();
  const { call, users } = s;
  ok(await call("POST", "/movements", users.admin, movementBody()));
  for (const unitId of schools) {
    ok(await call("POST", `/movements/${M}/registrations`, users.officers, { unitId, titles: TITLES }));
    ok(
      await call("PUT", `/movements/${M}/results/${Y}/${unitId}`, users.officers, {
        figures: { "day-tot": { value: 8 } },
      }),
    );
    ok(
      await call("POST", "/initiatives", users.officers, {
        schoolYear: Y,
        unitId,
        title: `Sáng kiến của ${unitId}`,
        field: "Tiểu học",
        authorName: "Lê Thị Mai",
      }),
    );
    ok(
      await call("POST", "/proposals", users.officers, {
        schoolYear: Y,
        proposedByUnitId: unitId,
        toLevel: "ldld-tinh",
        lines: [{ form: "giay-khen", recipient: "collective", unitId }],
      }),
    );
  }
}, 120_000);

describe("lists filtered by the caller's units give full pages", () => {
  it.each([
    ["results", `/movements/${M}/results/${Y}`],
    ["registrations", `/movements/${M}/registrations`],
    ["initiatives", `/initiatives?schoolYear=${Y}`],
    ["proposals", "/proposals"],
  ])("%s: full pages, every visible item once, no other", async (_, path) => {
    const items = await walk(path, s.users.thanhXuan);
    const unitsSeen = items.map((i) => i.unitId ?? i.proposedByUnitId);
    expect([...unitsSeen].sort()).toEqual(visibleSchools);
    // The federation sees all of them, in pages of 5 too.
    expect(await walk(path, s.users.admin)).toHaveLength(schools.length);
  });

  it("proposals waiting for me: filtered before paging, full pages", async () => {
    const { call, users } = s;
    // Thanh Xuân forwards three of its ten proposals: they stay on its list, no longer waiting for it.
    const all = await walk("/proposals", users.thanhXuan);
    const forwarded = all.slice(0, 3);
    for (const p of forwarded)
      ok(
        await call("POST", `/proposals/${p.id}/forward`, users.thanhXuan, {
          expectedVersion: p.version,
          comment: "Đề nghị thành phố xét",
        }),
      );
    const waiting = await walk("/proposals?waitingForMe=true", users.thanhXuan);
    expect(waiting.map((p) => p.id).sort()).toEqual(
      all
        .slice(3)
        .map((p) => p.id)
        .sort(),
    );
    expect(waiting.every((p) => p.canDecide)).toBe(true);
    expect(await walk("/proposals?waitingForMe=false", users.thanhXuan)).toHaveLength(all.length);
    // Nothing waits at the federation's top unit for a district's reviewer; the admin's top unit holds the three.
    const atCity = await walk("/proposals?waitingForMe=true", users.admin);
    expect(atCity.map((p) => p.id).sort()).toEqual(forwarded.map((p) => p.id).sort());
    expect((await call("GET", "/proposals?waitingForMe=yes", users.thanhXuan)).status).toBe(400);
  });

  it("a forged cursor is refused, not a 500", async () => {
    const r = await s.call("GET", `/movements/${M}/registrations?cursor=abc`, s.users.thanhXuan);
    expect(r.status).toBe(400);
  });
});
