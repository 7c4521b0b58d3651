import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fold, pageOfUnits, unitFilters } from "./campaign-units";
import plugin from "./index";
import type { ComplianceRow } from "./model";
import { addUnit, attendance, body, client, preparation } from "./test-support";

const row = (unitId: string, unitName: string, patch: Partial<ComplianceRow> = {}): ComplianceRow => ({
  unitId,
  unitName,
  districtId: "d",
  kind: "cbccvc",
  required: true,
  status: "none",
  onTime: false,
  quorumMet: false,
  documentsAdopted: 0,
  ...patch,
});

describe("paging and filtering a campaign's units (pure)", () => {
  const rows = [
    row("tx-thcs-nhan-chinh", "Trường THCS Nhân Chính"),
    row("tx-mam-non-hoa-sua", "Trường Mầm non Hoa Sữa", { status: "held", onTime: true, quorumMet: true }),
    row("tx-th-dong-da", "Trường Tiểu học Đống Đa", { status: "held", onTime: false, quorumMet: false }),
    row("tx-th-ke-sat", "Trường Tiểu học Kẻ Sặt", { status: "planned", plannedOn: "2025-11-05" }),
    row("tx-tu-thuc", "Trường Tư thục Ánh Sao", { required: false }),
  ];
  const base = { filter: "all" as const, deadline: "2025-10-31", today: "2025-11-10", offset: 0, limit: 50 };

  it("searches without caring about case or Vietnamese marks", () => {
    expect(fold("  Trường  ĐỐNG Đa ")).toBe("truong dong da");
    expect(pageOfUnits(rows, { ...base, q: "dong da" }).items.map((r) => r.unitId)).toEqual([
      "tx-th-dong-da",
    ]);
    expect(pageOfUnits(rows, { ...base, q: "nhân chính" }).total).toBe(1);
    expect(pageOfUnits(rows, { ...base, q: "hoa-sua" }).total).toBe(1);
  });

  it("filters by status: not yet held, held, late (after the deadline), held without quorum", () => {
    const ids = (filter: (typeof unitFilters)[number]) =>
      pageOfUnits(rows, { ...base, filter })
        .items.map((r) => r.unitId)
        .sort();
    expect(ids("not-held")).toEqual(["tx-th-ke-sat", "tx-thcs-nhan-chinh"]);
    expect(ids("held")).toEqual(["tx-mam-non-hoa-sua", "tx-th-dong-da"]);
    expect(ids("late")).toEqual(["tx-th-dong-da", "tx-th-ke-sat", "tx-thcs-nhan-chinh"]);
    expect(ids("no-quorum")).toEqual(["tx-th-dong-da"]);
    // Before the deadline nothing unheld is late.
    expect(pageOfUnits(rows, { ...base, filter: "late", today: "2025-10-01" }).total).toBe(1);
    expect(pageOfUnits(rows, base).counts).toEqual({
      all: 5,
      "not-held": 2,
      held: 2,
      late: 3,
      "no-quorum": 1,
    });
  });

  it("pages through every matching unit exactly once, whatever the page size", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.boolean()), { maxLength: 120 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom(...unitFilters),
        (units, limit, filter) => {
          const all = units.map(([name, held], i) =>
            row(`u-${i}`, name, held ? { status: "held", onTime: i % 2 === 0, quorumMet: i % 3 === 0 } : {}),
          );
          const seen: string[] = [];
          let offset = 0;
          for (let guard = 0; guard < 200; guard++) {
            const page = pageOfUnits(all, { ...base, filter, offset, limit });
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((r) => r.unitId));
            if (!page.cursor) {
              expect(seen.length).toBe(page.total);
              break;
            }
            offset = Number(page.cursor);
          }
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.length).toBe(pageOfUnits(all, { ...base, filter, limit: 10_000 }).total);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("GET /campaigns/{year}/{scope}/units", () => {
  let h: PluginHarness;
  let admin: ReturnType<typeof client>;
  const Y = "2025-2026";
  const path = `/campaigns/${Y}/ha-noi/units`;
  type Page = { items: { unitId: string }[]; total: number; counts: Record<string, number>; cursor?: string };

  beforeAll(async () => {
    h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
    const adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
    admin = client(h, adminHeaders);
    await addUnit(h, adminHeaders, {
      id: "ldld-thanh-xuan",
      name: "LĐLĐ quận Thanh Xuân",
      kind: "ldld-huyen",
      parentId: "ha-noi",
    });
    for (let i = 1; i <= 12; i++)
      await addUnit(h, adminHeaders, {
        id: `tx-truong-${i}`,
        name: `Trường Tiểu học Thanh Xuân số ${i}`,
        kind: "cdcs",
        parentId: "ldld-thanh-xuan",
      });
    expect(
      (await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi", deadline: "2025-10-31" })).status,
    ).toBe(201);
    const conf = `/conferences/${Y}/tx-truong-3`;
    expect((await admin.post(conf, { kind: "cbccvc", preparation: preparation("2025-10-20") })).status).toBe(
      201,
    );
    expect((await admin.patch(conf, { version: 1, attendance: attendance(30, 25) })).status).toBe(200);
    expect((await admin.post(`${conf}/close`, { version: 2 })).status).toBe(200);
  });

  it("pages with a cursor, searches, filters and counts", async () => {
    const first = await body<Page>(await admin.get(`${path}?limit=5`));
    expect(first.total).toBe(14);
    expect(first.items).toHaveLength(5);
    const second = await body<Page>(await admin.get(`${path}?limit=5&cursor=${first.cursor}`));
    expect(second.items.map((u) => u.unitId)).not.toContain(first.items[0]?.unitId);
    const found = await body<Page>(await admin.get(`${path}?q=${encodeURIComponent("thanh xuan so 12")}`));
    expect(found.items.map((u) => u.unitId)).toEqual(["tx-truong-12"]);
    const held = await body<Page>(await admin.get(`${path}?status=held`));
    expect(held.items.map((u) => u.unitId)).toEqual(["tx-truong-3"]);
    expect(held.counts).toMatchObject({ all: 14, held: 1, "not-held": 13 });
    const district = await body<Page>(await admin.get(`${path}?district=ldld-thanh-xuan&status=not-held`));
    expect(district.total).toBe(11);
    const light = await body<{ units: unknown[]; campaign: { required: number } }>(
      await admin.get(`/campaigns/${Y}/ha-noi?units=none`),
    );
    expect(light.units).toEqual([]);
    expect(light.campaign.required).toBe(14);
  });

  it("validates the query beside its field and keeps others to their own units", async () => {
    const bad = await admin.get(`${path}?status=someday&cursor=abc`);
    expect(bad.status).toBe(400);
    const paths = (await body<{ error: { fields: { path: string }[] } }>(bad)).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(expect.arrayContaining(["status", "cursor"]));
    const officer = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "tx-truong-1" }]));
    const own = await body<Page>(await officer.get(path));
    expect(own.items.map((u) => u.unitId)).toEqual(["tx-truong-1"]);
    const other = client(
      h,
      await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong"),
      "dak-nong",
    );
    expect((await other.get(path)).status).toBe(404);
    expect((await h.request(path, {})).status).toBe(401);
  });
});
