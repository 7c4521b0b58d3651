import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addRow, emptyCounts } from "./compliance";
import plugin from "./index";
import { type ComplianceRow, type Conference, keys, type SummaryShard } from "./model";
import { addUnit, attendance, body, client, preparation } from "./test-support";

type Counts = { required: number; held: number; text: string; documentsAdopted: number };
type View = {
  current: {
    year: string;
    districts: { districtId: string; byKind: Record<string, Counts> }[];
    total: Counts;
  };
  previous?: { year: string };
  notHeld: { unitId: string }[];
  trend: { year: string }[];
};

let h: PluginHarness;
let adminHeaders: Record<string, string>;
let admin: ReturnType<typeof client>;
const Y = "2025-2026";
const OLD = "2024-2025";
const publicSchools = Array.from({ length: 10 }, (_v, i) => `qa-thcs-${i + 1}`);
const privateSchools = ["qa-mn-tu-thuc-1", "qa-mn-tu-thuc-2"];

async function holdConference(unitId: string, year = Y, kind = "cbccvc") {
  const created = await admin.post(`/conferences/${year}/${unitId}`, {
    kind,
    preparation: preparation(`${year.slice(0, 4)}-10-20`),
  });
  if (created.status !== 201) return created;
  const conf = await body<{ version: number }>(created);
  const rec = await admin.patch(`/conferences/${year}/${unitId}`, {
    version: conf.version,
    attendance: attendance(30, 25),
    documents: [{ checklistId: "lam-viec", title: "Quy chế làm việc", action: "revised" }],
  });
  if (rec.status !== 200) return rec;
  return admin.post(`/conferences/${year}/${unitId}/close`, {
    version: (await body<{ version: number }>(rec)).version,
  });
}

async function unitVersion(unitId: string) {
  const res = await h.app.request(`/api/t/ha-noi/units/${unitId}`, { headers: adminHeaders });
  return ((await res.json()) as { unit: { version: number } }).unit.version;
}

/** Recounts the stored conferences directly, to compare with the precomputed summary. */
async function recount(year: string) {
  const confs = await h.store.queryAll<Conference>(keys.conferences(year));
  const shards = await h.store.queryAll<SummaryShard>(keys.summary, { skPrefix: [year] });
  const rows = shards.flatMap((s) => Object.values(s.data.rows));
  const fromRows = emptyCounts();
  for (const r of rows) addRow(fromRows, r);
  const closed = confs.filter((c) => c.data.closedAt);
  return {
    fromRows,
    heldConferences: closed.length,
    docs: closed.reduce((n, c) => n + c.data.documents.length, 0),
    rows,
  };
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  admin = client(h, adminHeaders);
  await addUnit(h, adminHeaders, {
    id: "quan-a",
    name: "LĐLĐ quận A",
    kind: "ldld-huyen",
    parentId: "ha-noi",
  });
  await addUnit(h, adminHeaders, {
    id: "quan-b",
    name: "LĐLĐ quận B",
    kind: "ldld-huyen",
    parentId: "ha-noi",
  });
  for (const id of publicSchools)
    await addUnit(h, adminHeaders, {
      id,
      name: `CĐCS Trường ${id}`,
      kind: "cdcs",
      parentId: "quan-a",
      ownership: "public",
      memberCount: 30,
    });
  for (const id of privateSchools)
    await addUnit(h, adminHeaders, {
      id,
      name: `CĐCS Trường ${id}`,
      kind: "cdcs",
      parentId: "quan-a",
      ownership: "non-public",
      memberCount: 12,
    });
  for (const year of [OLD, Y])
    expect((await admin.post("/campaigns", { year, scopeUnitId: "ha-noi" })).status).toBe(201);
});

describe("compliance up the tree", () => {
  it("keeps the summary equal to a recount under parallel writes from many units", async () => {
    const results = await Promise.all([...publicSchools.slice(0, 8), "cdcs-a"].map((u) => holdConference(u)));
    expect(results.map((r) => r.status)).toEqual(Array(9).fill(200));
    const counts = await recount(Y);
    expect(counts.fromRows.held).toBe(9);
    expect(counts.fromRows.held).toBe(counts.heldConferences);
    expect(counts.fromRows.documentsAdopted).toBe(counts.docs);
  });

  it("shows per district and kind, with the shortfall list and Vietnamese ratios", async () => {
    const view = await body<View>(await admin.get(`/compliance?year=${Y}`));
    const quanA = view.current.districts.find((d) => d.districtId === "quan-a")!;
    expect(quanA.byKind.cbccvc!.text).toBe("8/10 (80,0%)");
    expect(quanA.byKind.nld!.text).toBe("0/2 (0,0%)");
    expect(view.current.total.required).toBe(14);
    expect(view.notHeld.map((u) => u.unitId).sort()).toEqual([
      "cdcs-b",
      "qa-mn-tu-thuc-1",
      "qa-mn-tu-thuc-2",
      "qa-thcs-10",
      "qa-thcs-9",
    ]);
    expect(view.previous?.year).toBe(OLD);
    expect(view.trend.map((t) => t.year)).toEqual([OLD, Y]);
  });

  it("refuses a conference for a closed unit, and one for a unit outside any campaign", async () => {
    const unit = await unitVersion("qa-thcs-10");
    const closed = await h.app.request("/api/t/ha-noi/units/qa-thcs-10/close", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...adminHeaders },
      body: JSON.stringify({ expectedVersion: unit }),
    });
    expect(closed.status).toBe(200);
    const res = await admin.post(`/conferences/${Y}/qa-thcs-10`, {
      kind: "cbccvc",
      preparation: preparation(),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("đã đóng");
    const outside = await admin.post("/conferences/2019-2020/cdcs-a", {
      kind: "cbccvc",
      preparation: preparation("2019-10-10"),
    });
    expect(outside.status).toBe(400);
    expect(((await outside.json()) as { error: { message: string } }).error.message).toContain(
      "chưa có trong đợt",
    );
  });

  it("moves a unit's conference with it in an open year, while a closed year keeps the tree as it was", async () => {
    expect((await holdConference("qa-thcs-1", OLD)).status).toBe(200);
    const old = await body<{ campaign: { version: number } }>(await admin.get(`/campaigns/${OLD}/ha-noi`));
    expect(
      (await admin.post(`/campaigns/${OLD}/ha-noi/close`, { version: old.campaign.version })).status,
    ).toBe(200);
    const moved = await h.app.request("/api/t/ha-noi/units/qa-thcs-1/move", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...adminHeaders },
      body: JSON.stringify({ expectedVersion: await unitVersion("qa-thcs-1"), newParentId: "quan-b" }),
    });
    expect(moved.status).toBe(200);
    const now = await body<View>(await admin.get(`/compliance?year=${Y}`));
    expect(now.current.districts.find((d) => d.districtId === "quan-b")?.byKind.cbccvc?.text).toBe(
      "1/1 (100%)",
    );
    expect(now.current.districts.find((d) => d.districtId === "quan-a")?.byKind.cbccvc?.text).toBe(
      "7/9 (77,8%)",
    );
    const then = await body<View>(await admin.get(`/compliance?year=${OLD}`));
    expect(then.current.districts.find((d) => d.districtId === "quan-b")).toBeUndefined();
    expect(then.current.districts.find((d) => d.districtId === "quan-a")?.byKind.cbccvc?.held).toBe(1);
    const closedYear = await admin.post(`/conferences/${OLD}/qa-thcs-2`, {
      kind: "cbccvc",
      preparation: preparation("2024-10-10"),
    });
    expect(closedYear.status).toBe(409);
  });

  it("exports the table as CSV with BOM and Vietnamese headers, and a printable district report", async () => {
    const csv = await admin.get(`/compliance/export.csv?year=${Y}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"Số đơn vị phải tổ chức","Đã tổ chức"');
    expect(text).toContain('"2025–2026","LĐLĐ quận A","Hội nghị CBCCVC","9","7"');
    const report = await admin.get(`/compliance/report/quan-a?year=${Y}`);
    expect(report.status).toBe(200);
    const html = await report.text();
    expect(html).toContain("7/9 (77,8%)");
    expect(html).toContain("CĐCS Trường qa-mn-tu-thuc-1");
    const district = await body<{
      districtName: string;
      counts: { byKind: Record<string, Counts> };
      units: { unitId: string; status: string }[];
    }>(await admin.get(`/compliance/districts/quan-a?year=${Y}`));
    expect(district.districtName).toBe("LĐLĐ quận A");
    expect(district.counts.byKind.cbccvc?.text).toBe("7/9 (77,8%)");
    expect(district.units).toHaveLength(11);
    expect(district.units.filter((u) => u.status === "held")).toHaveLength(7);
    const officer = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "qa-thcs-1" }]));
    expect((await officer.get(`/compliance/districts/quan-a?year=${Y}`)).status).toBe(403);
    expect((await admin.get("/compliance/districts/quan-a?year=2030-2031")).status).toBe(404);
  });

  it("exports the same table as an Excel workbook with numbers as numbers", async () => {
    const res = await admin.get(`/compliance/export.xlsx?year=${Y}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(3).getCell(4).value).toBe("Số đơn vị phải tổ chức");
    const rows = (sheet?.getSheetValues() ?? []).filter(Array.isArray) as unknown[][];
    const quanA = rows.find((r) => r[2] === "LĐLĐ quận A" && r[3] === "Hội nghị CBCCVC");
    expect(quanA?.slice(4, 6)).toEqual([9, 7]);
    expect((await admin.get("/compliance/export.xlsx?year=2030-2031")).status).toBe(404);
  });

  it("publishes aggregates only: per district and kind, documents, trend; no unit or person names", async () => {
    const res = await h.publicRequest(`/summary?year=${Y}`);
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(raw).not.toContain("CĐCS Trường");
    expect(raw).not.toContain("Nguyễn Thị Lan");
    const data = JSON.parse(raw) as {
      districts: { districtName: string; byKind: Record<string, Counts> }[];
      trend: unknown[];
    };
    expect(data.districts.map((d) => d.districtName)).toEqual(
      expect.arrayContaining(["LĐLĐ quận A", "LĐLĐ quận B"]),
    );
    expect(data.trend).toHaveLength(2);
    const board = await h.publicRequest("/scoreboards/compliance");
    expect(board.status).toBe(200);
    expect(board.headers.get("etag")).toBeTruthy();
    const rows = ((await board.json()) as { rows: Record<string, unknown>[] }).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({ district: "LĐLĐ quận A", cbccvc: "7/9 (77,8%)", nld: "0/2 (0,0%)" }),
    );
    const trend = await h.publicRequest("/scoreboards/trend");
    const trendBody = (await trend.json()) as {
      rows: unknown[];
      series: { year: string; nld: { held: number; required: number; percent: number } }[];
    };
    expect(trendBody.rows).toHaveLength(2);
    expect(trendBody.series.map((s) => s.year)).toEqual([OLD, Y]);
    expect(trendBody.series[1]?.nld).toEqual({ held: 0, required: 2, percent: 0 });
  });

  it("publishes the trend per district in the same board (district names and counts, nothing else)", async () => {
    const res = await h.publicRequest("/scoreboards/trend");
    const raw = await res.text();
    expect(raw).not.toContain("CĐCS Trường");
    expect(raw).not.toContain("Nguyễn Thị Lan");
    type KindPoint = { held: number; required: number; percent: number };
    type Point = { year: string; cbccvc: KindPoint; nld: KindPoint };
    const board = JSON.parse(raw) as {
      series: Point[];
      districts: { districtId: string; districtName: string; series: Point[] }[];
    };
    const names = board.districts.map((d) => d.districtName);
    expect(names).toEqual(expect.arrayContaining(["LĐLĐ quận A", "LĐLĐ quận B"]));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "vi")));
    const summary = (await (await h.publicRequest(`/summary?year=${Y}`)).json()) as {
      districts: { districtId: string; byKind: Record<"cbccvc" | "nld", KindPoint> }[];
    };
    for (const district of board.districts) {
      // Every district has every year, and its latest point equals the year's compliance table.
      expect(district.series.map((p) => p.year)).toEqual([OLD, Y]);
      const now = summary.districts.find((d) => d.districtId === district.districtId);
      for (const kind of ["cbccvc", "nld"] as const)
        expect(district.series[1]?.[kind]).toEqual({
          held: now?.byKind[kind].held ?? 0,
          required: now?.byKind[kind].required ?? 0,
          percent: now?.byKind[kind].percent ?? 0,
        });
    }
    // The districts add up to the federation's line, year by year and kind by kind.
    for (const [i, year] of board.series.entries())
      for (const kind of ["cbccvc", "nld"] as const) {
        const held = board.districts.reduce((n, d) => n + (d.series[i]?.[kind].held ?? 0), 0);
        const required = board.districts.reduce((n, d) => n + (d.series[i]?.[kind].required ?? 0), 0);
        expect([held, required]).toEqual([year[kind].held, year[kind].required]);
      }
  });

  it("copies a campaign to the next year with its checklist and the kinds an admin changed", async () => {
    expect(
      (await admin.put(`/campaigns/${Y}/ha-noi/units/qa-thcs-9`, { kind: "nld", required: true })).status,
    ).toBe(200);
    const copy = await admin.post(`/campaigns/${Y}/ha-noi/copy`, {});
    expect(copy.status).toBe(201);
    const next = await body<{ year: string; deadline: string; title: string }>(copy);
    expect(next).toMatchObject({
      year: "2026-2027",
      deadline: "2026-10-31",
      title: "Hội nghị CBCCVC / NLĐ năm học 2026–2027",
    });
    const view = await body<{ units: ComplianceRow[] }>(await admin.get("/campaigns/2026-2027/ha-noi"));
    expect(view.units.find((u) => u.unitId === "qa-thcs-9")?.kind).toBe("nld");
    expect(view.units.find((u) => u.unitId === "qa-thcs-10")).toBeUndefined();
  });
});
