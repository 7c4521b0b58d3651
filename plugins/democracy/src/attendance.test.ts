import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { quorumView } from "./attendance";
import plugin from "./index";
import { body, client, preparation } from "./test-support";

type Err = { error: { message: string; fields?: { path: string; message: string }[] } };
type Conf = { version: number; status: string; quorum?: { met: boolean; needed: number; message: string } };

let h: PluginHarness;
let adminHeaders: Record<string, string>;
let officer: ReturnType<typeof client>;
const Y = "2025-2026";
const full = `/conferences/${Y}/cdcs-a`;
const byDelegates = `/conferences/${Y}/cdcs-b`;

const rules = { quorumNumerator: 2, quorumDenominator: 3, requireAbsenceReasons: false };

async function setRequireAbsenceReasons(on: boolean) {
  const list = await body<{ version: number }>(
    await h.app.request("/api/t/ha-noi/modules", { headers: adminHeaders }),
  );
  const res = await h.app.request("/api/t/ha-noi/modules/democracy", {
    method: "PUT",
    headers: { ...adminHeaders, "Content-Type": "application/json" },
    body: JSON.stringify({
      expectedVersion: list.version,
      enabled: true,
      settings: { requireAbsenceReasons: on },
    }),
  });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  const admin = client(h, adminHeaders);
  officer = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  expect((await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" })).status).toBe(201);
  expect((await officer.post(full, { kind: "cbccvc", preparation: preparation() })).status).toBe(201);
  const delegates = { ...preparation(), format: "delegates" };
  expect((await officer.post(byDelegates, { kind: "cbccvc", preparation: delegates })).status).toBe(201);
});

const election = { from: "2025-10-01", to: "2025-10-08" };

const categories = [
  { label: "Cán bộ quản lý", invited: 3, present: 3 },
  { label: "Giáo viên", invited: 40, present: 36 },
  { label: "Nhân viên", invited: 7, present: 6 },
];

describe("attendance (điểm danh)", () => {
  it("says the quorum in one clear sentence, for people invited and for delegates", () => {
    expect(quorumView({ invited: 50, present: 45, absences: [] }, "full", rules).message).toBe(
      "Đủ số đại biểu: có mặt 45/50 người được triệu tập (90%), cần ít nhất 34 (2/3).",
    );
    const short = quorumView({ invited: 120, present: 70, delegates: 120, absences: [] }, "delegates", rules);
    expect(short).toMatchObject({ met: false, needed: 80 });
    expect(short.message).toContain("70/120 đại biểu");
    expect(short.message).toContain("còn thiếu 10");
    expect(quorumView({ invited: 3, present: 2, absences: [] }, "full", rules).met).toBe(true);
  });

  it("refuses an impossible number of people with one plain limit message beside each field", async () => {
    const huge = 99_999_999_999;
    const res = await officer.patch(full, {
      version: 1,
      attendance: {
        invited: huge,
        present: huge,
        categories: [{ label: "Giáo viên", invited: huge, present: huge }],
        absences: [],
      },
    });
    expect(res.status).toBe(400);
    const fields = (await body<Err>(res)).error.fields ?? [];
    expect(fields.map((f) => f.message)).not.toContain("Cần ghi số người");
    expect(fields.find((f) => f.path === "attendance.categories.0.invited")?.message).toBe(
      "Tối đa 10.000 người",
    );
    expect(fields.find((f) => f.path === "attendance.invited")?.message).toBe("Tối đa 10.000 người");
    const missing = await officer.patch(full, {
      version: 1,
      attendance: { invited: 10, categories: [{ label: "Giáo viên", invited: 10 }], absences: [] },
    });
    const missingFields = (await body<Err>(missing)).error.fields ?? [];
    expect(missingFields.find((f) => f.path === "attendance.present")?.message).toBe("Cần ghi số người");
    expect(missingFields.find((f) => f.path === "attendance.categories.0.present")?.message).toBe(
      "Cần ghi số người",
    );
  });

  it("records invited, present and absences per group; the groups must add up to the totals", async () => {
    const wrong = await officer.patch(full, {
      version: 1,
      attendance: { invited: 51, present: 45, categories, absences: [] },
    });
    expect(wrong.status).toBe(400);
    expect((await body<Err>(wrong)).error.fields).toContainEqual({
      path: "attendance.invited",
      message: "Tổng số được triệu tập phải bằng tổng các thành phần",
    });
    const over = await officer.patch(full, {
      version: 1,
      attendance: {
        invited: 50,
        present: 45,
        categories: [{ label: "Giáo viên", invited: 5, present: 6 }, ...categories.slice(1)],
        absences: [],
      },
    });
    expect((await body<Err>(over)).error.fields?.map((f) => f.path)).toContain(
      "attendance.categories.0.present",
    );
    const noReason = await officer.patch(full, {
      version: 1,
      attendance: { invited: 50, present: 45, categories, absences: [{ name: "Trần Văn Minh", reason: "" }] },
    });
    expect((await body<Err>(noReason)).error.fields).toContainEqual({
      path: "attendance.absences.0.reason",
      message: "Cần ghi lý do vắng",
    });
    const ok = await officer.patch(full, {
      version: 1,
      attendance: {
        invited: 50,
        present: 45,
        categories,
        absences: [{ name: "Trần Văn Minh", reason: "Đi tập huấn", category: "Giáo viên" }],
      },
    });
    expect(ok.status).toBe(200);
    const conf = await body<Conf & { attendance: { categories: unknown[] } }>(ok);
    expect(conf.attendance.categories).toHaveLength(3);
    expect(conf.quorum).toMatchObject({ met: true, needed: 34 });
  });

  it("requires every absent person with a reason when the tenant's rule says so", async () => {
    await setRequireAbsenceReasons(true);
    try {
      const res = await officer.patch(full, {
        version: 2,
        attendance: {
          invited: 50,
          present: 45,
          categories,
          absences: [{ name: "Trần Văn Minh", reason: "Ốm" }],
        },
      });
      expect(res.status).toBe(400);
      expect((await body<Err>(res)).error.fields).toContainEqual({
        path: "attendance.absences",
        message: "Cần ghi tên và lý do của từng người vắng: vắng 5, mới ghi 1",
      });
      const absences = ["An", "Bình", "Chi", "Dũng", "Hà"].map((n) => ({
        name: `Nguyễn Văn ${n}`,
        reason: "Ốm",
      }));
      const ok = await officer.patch(full, {
        version: 2,
        attendance: { invited: 50, present: 45, absences },
      });
      expect(ok.status).toBe(200);
    } finally {
      await setRequireAbsenceReasons(false);
    }
  });

  it("through delegates: needs the number elected, equal to those invited; quorum counts delegates", async () => {
    const missing = await officer.patch(byDelegates, {
      version: 1,
      attendance: { invited: 120, present: 100 },
    });
    expect(missing.status).toBe(400);
    expect((await body<Err>(missing)).error.fields?.[0]?.path).toBe("attendance.delegates");
    const differ = await officer.patch(byDelegates, {
      version: 1,
      attendance: { invited: 120, present: 100, delegates: 110 },
    });
    expect((await body<Err>(differ)).error.fields?.[0]?.message).toContain("phải bằng số đại biểu được bầu");
    const low = await officer.patch(byDelegates, {
      version: 1,
      attendance: { invited: 120, present: 70, delegates: 120, election },
    });
    expect(low.status).toBe(200);
    const conf = await body<Conf>(low);
    expect(conf.quorum?.message).toContain("70/120 đại biểu");
    const close = await officer.post(`${byDelegates}/close`, { version: conf.version });
    expect(close.status).toBe(400);
    expect((await body<Err>(close)).error.message).toContain("còn thiếu 10");
  });

  it("through delegates: records the election per group (elected ≥ present, ≤ the group's staff), dated before the conference", async () => {
    const current = await body<Conf>(await officer.get(byDelegates));
    const groups = [
      { label: "Cán bộ quản lý", staff: 6, invited: 5, present: 5 },
      { label: "Giáo viên", staff: 150, invited: 100, present: 96 },
      { label: "Nhân viên", staff: 20, invited: 15, present: 14 },
    ];
    const patch = (attendance: Record<string, unknown>) =>
      officer.patch(byDelegates, { version: current.version, attendance });
    const totals = { invited: 120, present: 115, delegates: 120, absences: [] };
    const overStaff = await patch({
      ...totals,
      election,
      categories: [{ ...groups[0], staff: 4 }, groups[1], groups[2]],
    });
    expect(overStaff.status).toBe(400);
    expect((await body<Err>(overStaff)).error.fields).toEqual([
      {
        path: "attendance.categories.0.invited",
        message: "Số được triệu tập (số đại biểu được bầu) không thể lớn hơn số người của thành phần",
      },
    ]);
    const overElected = await patch({
      ...totals,
      election,
      categories: [groups[0], { ...groups[1], present: 101 }, groups[2]],
    });
    expect((await body<Err>(overElected)).error.fields?.map((f) => f.path)).toContain(
      "attendance.categories.1.present",
    );
    const backwards = await patch({
      ...totals,
      categories: groups,
      election: { from: "2025-10-08", to: "2025-10-01" },
    });
    expect((await body<Err>(backwards)).error.fields?.[0]?.path).toBe("attendance.election.to");
    const afterConference = await patch({
      ...totals,
      categories: groups,
      election: { from: "2025-10-10", to: "2025-10-20" },
    });
    expect((await body<Err>(afterConference)).error.fields?.[0]).toMatchObject({
      path: "attendance.election.to",
      message: "Ngày họp bầu đại biểu phải trước hoặc cùng ngày hội nghị (15/10/2025)",
    });
    const noElection = await patch({ ...totals, categories: groups });
    expect((await body<Err>(noElection)).error.fields?.[0]?.path).toBe("attendance.election.from");
    const onFull = await officer.patch(full, {
      version: (await body<Conf>(await officer.get(full))).version,
      attendance: { invited: 50, present: 45, election },
    });
    expect((await body<Err>(onFull)).error.fields?.[0]?.path).toBe("attendance.election");

    const saved = await patch({ ...totals, categories: groups, election });
    expect(saved.status).toBe(200);
    const conf = await body<Conf & { attendance: Record<string, unknown> }>(saved);
    expect(conf.attendance).toMatchObject({ election, categories: groups });
    expect((await officer.post(`${byDelegates}/close`, { version: conf.version })).status).toBe(200);

    const report = await body<{ delegates: Record<string, number>; units: Record<string, unknown>[] }>(
      await officer.get(`/compliance/districts/ha-noi?year=${Y}`),
    );
    expect(report.delegates).toEqual({ held: 1, elected: 120, withElection: 1 });
    expect(report.units.find((u) => u.unitId === "cdcs-b")).toMatchObject({
      delegatesElected: 120,
      electedBy: "2025-10-08",
    });
    const html = await (await officer.get(`/compliance/report/ha-noi?year=${Y}`)).text();
    expect(html).toContain(
      "Tổ chức theo hình thức đại biểu: 1 hội nghị, 120 đại biểu được bầu; 1/1 đã ghi ngày họp bầu đại biểu.",
    );
  });
});
