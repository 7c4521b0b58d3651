import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { keys } from "./model";
import { attachFile, attendance, body, client, preparation } from "./test-support";

type Conf = {
  version: number;
  status: string;
  quorum?: { met: boolean; needed: number; rule?: string; message?: string };
  documents: unknown[];
};
type Err = { error: { code: string; message: string; fields?: { path: string }[] } };

let h: PluginHarness;
let admin: ReturnType<typeof client>;
let officerA: ReturnType<typeof client>;
let officerB: ReturnType<typeof client>;
let reviewer: ReturnType<typeof client>;
const Y = "2025-2026";

beforeAll(async () => {
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  reviewer = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
});

describe("campaigns", () => {
  it("opens a campaign for every active CĐCS with the default checklist and deadline 31/10", async () => {
    const res = await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" });
    expect(res.status).toBe(201);
    const campaign = await body(res);
    expect(campaign).toMatchObject({
      title: "Hội nghị CBCCVC / NLĐ năm học 2025–2026",
      deadline: "2025-10-31",
      required: 2,
      status: "open",
    });
    expect((campaign.documents as unknown[]).length).toBe(5);
  });

  it("refuses a second campaign covering the same units, a CĐCS as scope, and a bad year", async () => {
    const dup = await admin.post("/campaigns", { year: Y, scopeUnitId: "ha-noi" });
    expect(dup.status).toBe(409);
    expect((await body<Err>(dup)).error.message).toContain("đã có đợt");
    expect((await admin.post("/campaigns", { year: "2024-2025", scopeUnitId: "cdcs-a" })).status).toBe(400);
    const bad = await admin.post("/campaigns", { year: "2024-2026", scopeUnitId: "ha-noi" });
    expect(bad.status).toBe(400);
    expect((await body<Err>(bad)).error.fields?.[0]?.path).toBe("year");
    const late = await admin.post("/campaigns", {
      year: "2024-2025",
      scopeUnitId: "ha-noi",
      deadline: "2026-01-01",
    });
    expect(late.status).toBe(400);
  });

  it("lets only a federation admin open campaigns; no login is 401", async () => {
    expect((await officerA.post("/campaigns", { year: "2026-2027", scopeUnitId: "ha-noi" })).status).toBe(
      403,
    );
    expect((await reviewer.post("/campaigns", { year: "2026-2027", scopeUnitId: "ha-noi" })).status).toBe(
      403,
    );
    expect((await h.request("/campaigns")).status).toBe(401);
    const member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
    expect((await member.get("/campaigns")).status).toBe(403);
  });

  it("overrides a unit's kind: cdcs-b holds the workers' conference", async () => {
    const res = await admin.put(`/campaigns/${Y}/ha-noi/units/cdcs-b`, { kind: "nld", required: true });
    expect(res.status).toBe(200);
    const view = await body<{ units: { unitId: string; kind: string }[] }>(
      await admin.get(`/campaigns/${Y}/ha-noi`),
    );
    expect(view.units.find((u) => u.unitId === "cdcs-b")?.kind).toBe("nld");
  });
});

describe("a conference from preparation to lock", () => {
  const path = `/conferences/${Y}/cdcs-a`;

  it("rejects the wrong kind, another unit's officer, and a duplicate", async () => {
    const wrong = await officerB.post(`/conferences/${Y}/cdcs-b`, {
      kind: "cbccvc",
      preparation: preparation(),
    });
    expect(wrong.status).toBe(400);
    expect((await body<Err>(wrong)).error.message).toContain("Hội nghị người lao động");
    expect((await officerB.post(path, { kind: "cbccvc", preparation: preparation() })).status).toBe(403);
    const created = await officerA.post(path, { kind: "cbccvc", preparation: preparation() });
    expect(created.status).toBe(201);
    const again = await officerA.post(path, { kind: "cbccvc", preparation: preparation() });
    expect(again.status).toBe(409);
    expect((await body<Err>(again)).error.message).toContain("đã có hội nghị");
  });

  it("validates fields next to their names (Vietnamese)", async () => {
    const res = await officerA.patch(path, { version: 1, attendance: { invited: 10, present: 12 } });
    expect(res.status).toBe(400);
    const err = await body<Err>(res);
    expect(err.error.fields?.map((f) => f.path)).toContain("attendance.present");
  });

  it("refuses to close without quorum, with a clear message, and changes nothing", async () => {
    const rec = await officerA.patch(path, { version: 1, attendance: attendance(36, 20) });
    expect(rec.status).toBe(200);
    const conf = await body<Conf>(rec);
    expect(conf.quorum).toMatchObject({ met: false, needed: 24, rule: "2/3" });
    expect(conf.quorum?.message).toBe(
      "Chưa đủ số đại biểu: có mặt 20/36 người được triệu tập (55,6%), cần ít nhất 24 (2/3); còn thiếu 4.",
    );
    const close = await officerA.post(`${path}/close`, { version: conf.version });
    expect(close.status).toBe(400);
    expect((await body<Err>(close)).error.message).toContain("có mặt 20/36");
    const stored = await h.store.get<{ status: string }>(keys.conference(Y, "cdcs-a"));
    expect(stored?.version).toBe(conf.version);
    expect(stored?.data.status).toBe("planned");
  });

  it("keeps draft documents uploaded before the conference, downloadable by the unit only", async () => {
    const up = await attachFile(h, path, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]), {
      fileName: "du-thao-quy-che.docx",
      contentType: "application/msword",
      bytes: new Uint8Array([1, 2, 3]),
    });
    expect(up.status).toBe(201);
    const draft = await body<{ key: string; fileName: string; contentType: string; size: number }>(up);
    const current = await body<Conf & { preparation: Record<string, unknown> }>(await officerA.get(path));
    const saved = await officerA.patch(path, {
      version: current.version,
      preparation: { ...current.preparation, draftFiles: [draft] },
    });
    expect(saved.status).toBe(200);
    const after = await body<{ preparation: { place: string; draftFiles: { fileName: string }[] } }>(
      await officerA.get(path),
    );
    expect(after.preparation.draftFiles.map((f) => f.fileName)).toEqual(["du-thao-quy-che.docx"]);
    expect(after.preparation.place).toBe(current.preparation.place);
    const download = await officerA.get(`${path}/files/${draft.key}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toContain("du-thao-quy-che.docx");
    expect((await officerB.get(`${path}/files/${draft.key}`)).status).toBe(403);
  });

  it("refuses a file to another school's officer, of a forbidden type, or never uploaded", async () => {
    const pdf = { fileName: "bien-ban.pdf", contentType: "application/pdf", bytes: new Uint8Array([37]) };
    const otherSchool = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]);
    expect((await attachFile(h, path, otherSchool, pdf)).status).toBe(403);
    const html = { ...pdf, fileName: "x.html", contentType: "text/html" };
    expect(
      (await attachFile(h, path, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]), html))
        .status,
    ).toBe(415);
    const unknown = await officerA.post(`${path}/files`, {
      key: "f000000000000000000000000",
      fileName: "a.pdf",
    });
    expect(unknown.status).toBe(400);
    expect((await body<Err>(unknown)).error.message).toContain("không tìm thấy tệp vừa tải lên");
  });

  it("records documents with a file, the resolution and opinions, then closes and locks", async () => {
    const up = await attachFile(h, path, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]), {
      fileName: "bien-ban.pdf",
      contentType: "application/pdf",
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    expect(up.status).toBe(201);
    const file = await body<{ key: string; fileName: string; contentType: string; size: number }>(up);
    const current = await body<Conf>(await officerA.get(path));
    const rec = await officerA.patch(path, {
      version: current.version,
      attendance: attendance(36, 30),
      documents: [
        { checklistId: "chi-tieu-noi-bo", title: "Quy chế chi tiêu nội bộ", action: "revised", file },
        { checklistId: "dan-chu", title: "Quy chế dân chủ ở cơ sở", action: "new" },
      ],
      resolution: {
        summary: "Nghị quyết hội nghị",
        targets: [{ id: "hai-tot", title: "Giáo viên dạy giỏi", target: "≥ 80%" }],
      },
      opinions: [{ topic: "Tăng mức hỗ trợ", answer: "Đưa vào quy chế" }],
      minutes: file,
    });
    expect(rec.status).toBe(200);
    const ready = await body<Conf>(rec);
    const closed = await officerA.post(`${path}/close`, { version: ready.version });
    expect(closed.status).toBe(200);
    const locked = await body<Conf>(closed);
    expect(locked.status).toBe("closed");
    const edit = await officerA.patch(path, { version: locked.version, opinions: [] });
    expect(edit.status).toBe(409);
    expect((await body<Err>(edit)).error.message).toContain("khoá");
    const download = await officerA.get(`${path}/files/${file.key}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect((await officerB.get(`${path}/files/${file.key}`)).status).toBe(403);
  });

  it("counts the conference in the compliance: 1/1 officials' conference, 0/1 workers'", async () => {
    const view = await body<{
      current: { byKind: Record<string, { text: string; documentsAdopted: number }> };
      notHeld: { unitId: string }[];
    }>(await admin.get(`/compliance?year=${Y}`));
    expect(view.current.byKind.cbccvc?.text).toBe("1/1 (100%)");
    expect(view.current.byKind.cbccvc?.documentsAdopted).toBe(2);
    expect(view.current.byKind.nld?.text).toBe("0/1 (0,0%)");
    expect(view.notHeld.map((u) => u.unitId)).toEqual(["cdcs-b"]);
  });

  it("reopens only with a reviewer's reason, audits it, and lets the officer correct", async () => {
    const locked = await body<Conf>(await officerA.get(path));
    expect(
      (await officerA.post(`${path}/reopen`, { version: locked.version, reason: "Sửa số người có mặt" }))
        .status,
    ).toBe(403);
    const noReason = await reviewer.post(`${path}/reopen`, { version: locked.version, reason: "sửa" });
    expect(noReason.status).toBe(400);
    const reopened = await reviewer.post(`${path}/reopen`, {
      version: locked.version,
      reason: "Sửa số người có mặt theo biên bản",
    });
    expect(reopened.status).toBe(200);
    const conf = await body<Conf>(reopened);
    expect(conf.status).toBe("reopened");
    const fixed = await officerA.patch(path, { version: conf.version, attendance: attendance(36, 31) });
    expect(fixed.status).toBe(200);
    const closed = await officerA.post(`${path}/close`, { version: (await body<Conf>(fixed)).version });
    expect(closed.status).toBe(200);
    const audit = await body<{ items: { action: string; target: string }[] }>(
      await h.app.request("/api/t/ha-noi/audit?limit=50", {
        headers: await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]),
      }),
    );
    const actions = audit.items.filter((i) => i.target === `conference:${Y}/cdcs-a`).map((i) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "democracy.conference.prepare",
        "democracy.conference.close",
        "democracy.conference.reopen",
        "democracy.conference.record",
      ]),
    );
  });

  it("records the mid-year and year-end follow-up of the resolution's targets", async () => {
    const conf = await body<Conf>(await officerA.get(path));
    const unknown = await reviewer.post(`${path}/follow-ups`, {
      version: conf.version,
      stage: "mid-year",
      results: [{ targetId: "khong-co", status: "achieved" }],
    });
    expect(unknown.status).toBe(400);
    const mid = await reviewer.post(`${path}/follow-ups`, {
      version: conf.version,
      stage: "mid-year",
      results: [{ targetId: "hai-tot", status: "in-progress", note: "Đạt 72% sau học kỳ I" }],
    });
    expect(mid.status).toBe(200);
    const after = await body<{ followUps: { midYear?: { results: unknown[] } }; status: string }>(mid);
    expect(after.followUps.midYear?.results).toHaveLength(1);
    expect(after.status).toBe("closed");
  });

  it("lets exactly one of two officers win when both save the same version", async () => {
    const created = await officerB.post(`/conferences/${Y}/cdcs-b`, {
      kind: "nld",
      preparation: preparation(),
    });
    const conf = await body<Conf>(created);
    const [one, two] = await Promise.all([
      officerB.patch(`/conferences/${Y}/cdcs-b`, { version: conf.version, attendance: attendance(12, 10) }),
      officerB.patch(`/conferences/${Y}/cdcs-b`, { version: conf.version, attendance: attendance(12, 11) }),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const latest = await body<Conf>(await officerB.get(`/conferences/${Y}/cdcs-b`));
    const [c1, c2] = await Promise.all([
      officerB.post(`/conferences/${Y}/cdcs-b/close`, { version: latest.version }),
      admin.post(`/conferences/${Y}/cdcs-b/close`, { version: latest.version }),
    ]);
    expect([c1.status, c2.status].sort()).toEqual([200, 409]);
  });

  it("keeps other tenants out", async () => {
    const dakNong = client(
      h,
      await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong"),
      "dak-nong",
    );
    expect((await dakNong.get(`/conferences/${Y}/cdcs-a`)).status).toBe(404);
    const list = await body<{ items: unknown[] }>(await dakNong.get("/campaigns"));
    expect(list.items).toEqual([]);
    const token = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    expect((await h.request(`/conferences/${Y}/cdcs-a`, { headers: token })).status).toBe(401);
  });
});
