import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { setup, TITLES } from "../test-helpers";

/** Read views added for the pages (unit names, targets, incoming proposals) and the XLSX exports. */
type S = Awaited<ReturnType<typeof setup>>;
let s: S;
const M = "xlsx-thi-dua-2020-2021";
const Y = "2020-2021";
const result = (unit: string) => `/movements/${M}/results/${Y}/${unit}`;

beforeAll(async () => {
  s = await setup();
  const { call, users } = s;
  const ok = (r: { status: number; data: unknown }) => {
    if (r.status >= 300) throw new Error(`${r.status} ${JSON.stringify(r.data)}`);
    return r;
  };
  ok(
    await call("POST", "/movements", users.admin, {
      id: M,
      name: "Thi đua “Dạy tốt – Học tốt”",
      period: Y,
      ownerUnitId: "ha-noi",
      criteria: [{ id: "day-tot", name: "Dạy tốt", weight: 1, maxScore: 10, measure: "score" }],
      targets: [
        { id: "vung-manh", name: "94% CĐCS vững mạnh", comparison: ">=", planned: 94, unit: "percent" },
      ],
      registrationDeadline: "2099-12-31",
    }),
  );
  ok(
    await call("POST", "/clusters", users.admin, {
      schoolYear: Y,
      id: "cum-1",
      name: "Cụm số 1",
      unitIds: ["cdcs-a", "cdcs-b"],
    }),
  );
  for (const [unit, officer, value] of [
    ["cdcs-a", users.officerA, 9.5],
    ["cdcs-b", users.officerB, 7],
  ] as const) {
    ok(await call("POST", `/movements/${M}/registrations`, officer, { unitId: unit, titles: TITLES }));
    ok(await call("PUT", result(unit), officer, { figures: { "day-tot": { value } } }));
    ok(await call("POST", `${result(unit)}/submit`, officer, { expectedVersion: 1 }));
    ok(await call("POST", `${result(unit)}/accept`, users.reviewer, { expectedVersion: 2 }));
  }
});

async function workbook(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("spreadsheetml");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return { sheet, rows };
}

describe("names for the pages", () => {
  it("gives a unit's name to whoever may read it, and the result carries it", async () => {
    const { call, users } = s;
    expect((await call("GET", "/units/cdcs-a", users.officerA)).data).toEqual({
      id: "cdcs-a",
      name: "CĐCS cdcs-a",
      kind: "cdcs",
    });
    expect((await call("GET", "/units/cdcs-a", users.officerB)).status).toBe(403);
    expect((await call("GET", "/units/cdcs-a", {})).status).toBe(401);
    // An unknown unit is refused like a foreign one: its existence is not revealed.
    expect((await call("GET", "/units/khong-co", users.admin)).status).toBe(403);
    const within = await call("GET", "/me/units?permission=emulation.propose&within=cdcs-b", users.admin);
    expect(within.data.items.map((u: { id: string }) => u.id)).toEqual(["cdcs-b"]);
    const mine = await call("GET", "/me/units?permission=emulation.propose&within=ha-noi", users.officerA);
    expect(mine.data.items.map((u: { id: string }) => u.id)).toEqual(["cdcs-a"]);
    const r = await call("GET", result("cdcs-a"), users.officerA);
    expect(r.data).toMatchObject({ unitId: "cdcs-a", unitName: "CĐCS cdcs-a", status: "accepted" });
  });
});

describe("targets view", () => {
  it("lists planned vs achieved with the as-of date, met / not met, and the revision history", async () => {
    const { call, users } = s;
    const empty = await call("GET", `/movements/${M}/targets`, users.memberA);
    expect(empty.data.targets[0]).toMatchObject({ id: "vung-manh", planned: 94, history: [] });
    expect(empty.data.targets[0].rows[0]).toMatchObject({ achieved: null, met: null });
    const revised = await call("POST", `/movements/${M}/targets/vung-manh/revise`, users.admin, {
      expectedVersion: empty.data.version,
      name: "94% CĐCS hoàn thành tốt nhiệm vụ",
      reason: "Theo hướng dẫn xếp loại mới",
    });
    expect(revised.status).toBe(200);
    const achieved = await call("POST", `/movements/${M}/targets/vung-manh/achievement`, users.admin, {
      expectedVersion: revised.data.version,
      value: 87,
      asOf: "2021-05-31",
    });
    expect(achieved.status).toBe(200);
    const view = await call("GET", `/movements/${M}/targets`, users.memberA);
    const t = view.data.targets[0];
    expect(t.name).toBe("94% CĐCS hoàn thành tốt nhiệm vụ");
    expect(t.history).toMatchObject([{ name: "94% CĐCS vững mạnh", reason: "Theo hướng dẫn xếp loại mới" }]);
    expect(t.rows).toMatchObject([{ achieved: 87, asOf: "2021-05-31", met: false, scope: "Toàn đơn vị" }]);
    expect((await call("GET", `/movements/${M}/targets`, {})).status).toBe(401);
    expect((await call("GET", "/movements/khong-co/targets", users.admin)).status).toBe(404);
  });
});

describe("incoming proposals", () => {
  it("names the proposing unit and tells who may decide", async () => {
    const { call, users } = s;
    const created = await call("POST", "/proposals", users.officerA, {
      schoolYear: Y,
      proposedByUnitId: "cdcs-a",
      toLevel: "ldld-tinh",
      movementId: M,
      lines: [{ form: "giay-khen", recipient: "collective", unitId: "cdcs-a" }],
    });
    expect(created.status).toBe(201);
    const asReviewer = (await call("GET", "/proposals", users.reviewer)).data.items[0];
    expect(asReviewer).toMatchObject({
      proposedByUnitName: "CĐCS cdcs-a",
      decidingUnitId: "ha-noi",
      canDecide: true,
      lines: [{ unitName: "CĐCS cdcs-a" }],
    });
    expect((await call("GET", "/proposals", users.officerA)).data.items[0].canDecide).toBe(false);
    expect((await call("GET", "/proposals", users.officerB)).data.items).toHaveLength(0);
    const noReason = await call("POST", `/proposals/${created.data.id}/decide`, users.reviewer, {
      expectedVersion: 1,
      approve: false,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.data.error.fields).toEqual([
      { path: "comment", message: "Hãy ghi lý do không chấp nhận" },
    ]);
    const rejected = await call("POST", `/proposals/${created.data.id}/decide`, users.reviewer, {
      expectedVersion: 1,
      approve: false,
      comment: "Chưa đủ thành tích",
    });
    expect(rejected.data).toMatchObject({ status: "rejected", review: { comment: "Chưa đủ thành tích" } });
    expect((await call("GET", "/proposals", users.reviewer)).data.items[0].canDecide).toBe(false);
  });
});

describe("XLSX exports", () => {
  it("ranking: clusters, ranks, names and scores as numbers", async () => {
    const res = await s.h.request(`/exports/ranking.xlsx?movementId=${M}&schoolYear=${Y}`, {
      headers: s.users.memberA,
    });
    const { rows, sheet } = await workbook(res);
    expect(String(rows[0]?.[0])).toContain("2020–2021");
    expect(rows[2]).toEqual(["Cụm thi đua", "Hạng", "Đơn vị", "Điểm", "Xếp loại"]);
    expect(rows.slice(3)).toEqual([
      ["Cụm số 1", 1, "CĐCS cdcs-a", 95, "Hoàn thành xuất sắc nhiệm vụ"],
      ["Cụm số 1", 2, "CĐCS cdcs-b", 70, "Hoàn thành nhiệm vụ"],
    ]);
    expect(sheet.getRow(3).font?.bold).toBe(true);
    expect(sheet.getColumn(4).numFmt).toBe("0.00");
    const anon = await s.h.request(`/exports/ranking.xlsx?movementId=${M}&schoolYear=${Y}`);
    expect(anon.status).toBe(401);
  });

  it("awardee list of a decision, names hidden from those without the award permission", async () => {
    const { call, users, h } = s;
    const d = await call("POST", "/decisions", users.admin, {
      number: "77/QĐ-LĐLĐ",
      date: "2021-06-15",
      signer: "Nguyễn Văn An",
      level: "ldld-tinh",
      schoolYear: Y,
      issuedByUnitId: "ha-noi",
      lines: [
        { form: "bang-khen", recipient: "collective", unitId: "cdcs-a" },
        { form: "bang-khen", recipient: "individual", unitId: "cdcs-b", fullName: "Trần Thị Lan" },
      ],
    });
    expect(d.status).toBe(201);
    const path = `/exports/awardees.xlsx?decisionId=${d.data.id}`;
    const { rows } = await workbook(await h.request(path, { headers: users.admin }));
    expect(String(rows[0]?.[0])).toContain("77/QĐ-LĐLĐ ngày 15/06/2021");
    expect(rows.slice(3)).toEqual([
      [1, "CĐCS cdcs-a", "Tập thể", "CĐCS cdcs-a", "Bằng khen"],
      [2, "Trần Thị Lan", "Cá nhân", "CĐCS cdcs-b", "Bằng khen"],
    ]);
    const asMember = await workbook(await h.request(path, { headers: users.memberA }));
    expect(asMember.rows[4]?.[1]).toBe("(ẩn)");
    expect(
      (await h.request("/exports/awardees.xlsx?decisionId=khong-co", { headers: users.admin })).status,
    ).toBe(404);
  });

  it("targets: planned, achieved, as of, met, and the revision", async () => {
    const res = await s.h.request(`/exports/targets.xlsx?movementId=${M}`, { headers: s.users.memberA });
    const { rows } = await workbook(res);
    expect(rows[2]?.[0]).toBe("Chỉ tiêu");
    expect(rows[3]?.slice(0, 8)).toEqual([
      "94% CĐCS hoàn thành tốt nhiệm vụ",
      "2020–2021",
      "Toàn đơn vị",
      "≥ 94%",
      94,
      87,
      "31/05/2021",
      "Không đạt",
    ]);
    expect(String(rows[3]?.[8])).toContain("94% CĐCS vững mạnh");
  });
});
