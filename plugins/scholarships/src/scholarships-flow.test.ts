import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput, shift } from "./test-fixtures";

type Client = ReturnType<typeof client>;
let h: PluginHarness;
let admin: Client;
let officerA: Client;
let officerB: Client;
let member: Client;
let reviewerB: Client;
let reviewerHn: Client;
let reviewerX: Client;
let parentA: string;
let parentB: string;
let programmeId: string;
let fundId: string;
const nominations: Record<string, string> = {};

const SECRET = {
  childA: "Phạm Ngọc Diệp",
  childB: "Lê Hoàng Nam",
  parentA: "Phạm Thị Thu Hằng",
  parentB: "Lê Văn Sơn",
  dobA: "2011-10-02",
};
const P = () => `/programmes/${programmeId}`;

// Everything the host writes to the console during these tests, to prove no personal data leaks there.
const captured: string[] = [];
const previousLevel = process.env.LOG_LEVEL;

beforeAll(async () => {
  process.env.LOG_LEVEL = "debug";
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      captured.push(args.map(String).join(" "));
    });
  }
  h = await createPluginHarness(plugin, { otherTenantId: "dak-nong" });
  admin = client(h, await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]));
  officerA = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]));
  officerB = client(h, await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-b" }]));
  member = client(h, await h.headersFor([{ role: "member", unitId: "cdcs-a" }]));
  reviewerB = client(h, await h.headersFor([{ role: "reviewer", unitId: "cdcs-b" }]));
  reviewerHn = client(h, await h.headersFor([{ role: "reviewer", unitId: "ha-noi" }]));
  reviewerX = client(h, await h.headersFor([{ role: "reviewer", unitId: "cdcs-a" }]));
  parentA = await h.addMember({ fullName: SECRET.parentA, unitId: "cdcs-a" });
  parentB = await h.addMember({ fullName: SECRET.parentB, unitId: "cdcs-b" });
}, 120_000);

afterAll(() => {
  process.env.LOG_LEVEL = previousLevel;
  vi.restoreAllMocks();
});

describe("programmes and funds", () => {
  it("refuses a rubric whose weights do not add up to 100, in Vietnamese, next to the field", async () => {
    const res = await admin.post(
      "/programmes",
      programmeInput({ rubric: [{ key: "a", label: "Kết quả", weight: 50 }] }),
    );
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(body.error.fields).toContainEqual(
      expect.objectContaining({ path: "rubric", message: "Tổng trọng số các tiêu chí phải bằng 100" }),
    );
  });

  it("lets only a federation admin create a programme", async () => {
    expect((await officerA.post("/programmes", programmeInput())).status).toBe(403);
    expect((await h.request("/programmes", { method: "POST", body: "{}" })).status).toBe(401);
    const res = await admin.post(
      "/programmes",
      programmeInput({ quotas: { perUnitDefault: 1, byUnit: {}, byDistrict: {} } }),
    );
    expect(res.status).toBe(201);
    programmeId = (await jsonOf(res)).id;
    const fund = await jsonOf(
      await admin.post(`${P()}/funds`, { name: "Quỹ Tấm lòng vàng", total: 2_500_000 }),
    );
    fundId = fund.id;
    expect(fund).toMatchObject({ total: 2_500_000, committed: 0, paid: 0, available: 2_500_000 });
  });

  it("updates with an optimistic version and answers 409 to a stale one", async () => {
    const current = await jsonOf(await admin.get(P()));
    const ok = await admin.patch(P(), { expectedVersion: current.version, budget: 90_000_000 });
    expect(ok.status).toBe(200);
    const stale = await admin.patch(P(), { expectedVersion: current.version, budget: 80_000_000 });
    expect(stale.status).toBe(409);
  });

  it("a partial edit is checked as a whole, each message next to its field", async () => {
    const current = await jsonOf(await admin.get(P()));
    const res = await admin.patch(P(), {
      expectedVersion: current.version,
      rubric: [{ key: "ket-qua", label: "Kết quả học tập", weight: 90, max: 10 }],
    });
    expect(res.status).toBe(400);
    const fields = (await jsonOf(res)).error.fields;
    expect(fields).toContainEqual({ path: "rubric", message: "Tổng trọng số các tiêu chí phải bằng 100" });
    expect((await jsonOf(await admin.get(P()))).version).toBe(current.version);
    const dates = await admin.patch(P(), {
      expectedVersion: current.version,
      window: { opensOn: "2026-10-10", closesOn: "2026-10-01" },
    });
    expect((await jsonOf(dates)).error.fields).toContainEqual({
      path: "window.closesOn",
      message: "Ngày mở đề cử phải trước ngày đóng",
    });
  });

  it("offers the admin the units of their tree for owner and quotas, owners first", async () => {
    const units = (await jsonOf(await admin.get("/manageable-units"))).items;
    expect(units[0]).toMatchObject({ id: "ha-noi" });
    expect(units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining(["cdcs-a", "cdcs-b"]));
    expect((await officerA.get("/manageable-units")).status).toBe(403);
  });

  it("is invisible to another federation", async () => {
    const dakNong = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    expect((await h.request(P(), { headers: dakNong }, "dak-nong")).status).toBe(404);
    expect((await h.request(P(), { headers: dakNong })).status).toBe(401);
  });
});

describe("nominations", () => {
  const nominate = (c: Client, body: Record<string, unknown>) => c.post(`${P()}/nominations`, body);

  it("an officer nominates a member's child of their own unit", async () => {
    const res = await nominate(officerA, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child({
        fullName: SECRET.childA,
        dateOfBirth: SECRET.dobA,
        achievements: `${SECRET.childA} đạt giải Nhất Toán cấp quận`,
      }),
    });
    expect(res.status).toBe(201);
    const body = await jsonOf(res);
    expect(body).toMatchObject({
      status: "submitted",
      amount: 1_000_000,
      pseudonym: expect.stringMatching(/^HS-\d{4}$/),
    });
    nominations.a = body.id;
    const b = await nominate(officerB, {
      unitId: "cdcs-b",
      memberId: parentB,
      category: "vuot-kho",
      child: child({
        fullName: SECRET.childB,
        average: 6.5,
        hardship: "Bố mất sớm, mẹ một mình nuôi hai con nhỏ, nhà thuê trọ",
      }),
    });
    expect(b.status).toBe(201);
    nominations.b = (await jsonOf(b)).id;
  });

  it("refuses, with its reason and nothing stored: ineligible, duplicate, other unit, member role", async () => {
    const before = (await jsonOf(await admin.get(P()))).totals.nominations;
    const notParent = await nominate(officerA, {
      unitId: "cdcs-a",
      memberId: parentB,
      category: "hoc-gioi",
      child: child(),
    });
    expect(notParent.status).toBe(400);
    expect((await jsonOf(notParent)).error.message).toContain("Cha/mẹ không phải đoàn viên của CĐCS này");
    const weak = await nominate(officerA, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child({ average: 7.2 }),
    });
    expect(weak.status).toBe(400);
    expect((await jsonOf(weak)).error.message).toContain("Điểm trung bình 7,2 thấp hơn mức 8");
    const noHardship = await nominate(officerA, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "vuot-kho",
      child: child(),
    });
    expect((await jsonOf(noHardship)).error.message).toContain("mô tả hoàn cảnh");
    const duplicate = await nominate(officerA, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child({ fullName: "pham ngoc  DIEP", dateOfBirth: SECRET.dobA }),
    });
    expect(duplicate.status).toBe(409);
    expect((await jsonOf(duplicate)).error.message).toContain("đã được đề cử");
    expect(
      (
        await nominate(officerA, {
          unitId: "cdcs-b",
          memberId: parentB,
          category: "hoc-gioi",
          child: child(),
        })
      ).status,
    ).toBe(403);
    expect(
      (await nominate(member, { unitId: "cdcs-a", memberId: parentA, category: "hoc-gioi", child: child() }))
        .status,
    ).toBe(403);
    expect((await jsonOf(await admin.get(P()))).totals.nominations).toBe(before);
  });

  it("refuses nominations outside the window", async () => {
    const closed = await jsonOf(
      await admin.post(
        "/programmes",
        programmeInput({ window: { opensOn: shift(-30), closesOn: shift(-1) } }),
      ),
    );
    const res = await officerA.post(`/programmes/${closed.id}/nominations`, {
      unitId: "cdcs-a",
      memberId: parentA,
      category: "hoc-gioi",
      child: child(),
    });
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).error.message).toContain("ngoài thời hạn đề cử");
  });

  it("shows a unit only its own nominations, and the screening dry run", async () => {
    const mine = await jsonOf(await officerA.get(`${P()}/nominations?unitId=cdcs-a`));
    expect(mine.items.map((n: { id: string }) => n.id)).toEqual([nominations.a]);
    expect((await officerA.get(`${P()}/nominations?unitId=cdcs-b`)).status).toBe(403);
    expect((await officerA.get(`${P()}/nominations/${nominations.b}`)).status).toBe(404);
    expect((await officerA.get(`${P()}/nominations`)).status).toBe(403);
    const dry = await jsonOf(
      await officerA.post(`${P()}/nominations/screen`, {
        unitId: "cdcs-a",
        memberId: parentA,
        category: "hoc-gioi",
        child: child({ dateOfBirth: "2000-01-01" }),
      }),
    );
    expect(dry.eligible).toBe(false);
    expect(dry.reasons[0]).toMatch(/Tuổi của cháu/);
    const quota = await jsonOf(await officerA.get(`${P()}/units/cdcs-a/quota`));
    expect(quota).toMatchObject({ quota: 1, nominated: 1, approved: 0 });
  });
});

describe("blind review", () => {
  it("assigns reviewers balanced and never to their own unit", async () => {
    for (const r of [reviewerB, reviewerHn, reviewerX])
      expect((await r.post(`${P()}/panel/join`)).status).toBe(200);
    const conflict = await admin.post(`${P()}/nominations/${nominations.b}/assign`, { reviewer: "user5" });
    expect(conflict.status).toBe(409);
    expect((await jsonOf(conflict)).error.message).toContain("xung đột lợi ích");
    const result = await jsonOf(await admin.post(`${P()}/assignments`));
    expect(result.assignments).toBe(4);
    const panel = await jsonOf(await admin.get(`${P()}/panel`));
    const byName = Object.fromEntries(panel.reviewers.map((r: { username: string }) => [r.username, r]));
    // user5 = reviewer at cdcs-b, user7 = reviewer at cdcs-a: each reviews only the other unit's file.
    expect(byName.user5.assigned).toBe(1);
    expect(byName.user7.assigned).toBe(1);
    expect(byName.user6.assigned).toBe(2);
  });

  it("reviewers see no names, birth dates or schools, and score against the rubric", async () => {
    const view = await reviewerHn.get(`${P()}/my-reviews`);
    const text = await view.clone().text();
    for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
    expect(text).not.toContain("Nhân Chính");
    const body = await jsonOf(view);
    expect(body.items).toHaveLength(2);
    const fileA = body.items.find((i: { nominationId: string }) => i.nominationId === nominations.a);
    expect(fileA.file.achievements).toBe("[ẩn] đạt giải Nhất Toán cấp quận");
    const bad = await reviewerHn.put(`${P()}/my-reviews/${nominations.a}`, {
      scores: { "ket-qua": 12, "hoan-canh": 5 },
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await reviewerHn.put(`${P()}/my-reviews/${nominations.a}`, {
          scores: { "ket-qua": 9, "hoan-canh": 6 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewerHn.put(`${P()}/my-reviews/${nominations.b}`, {
          scores: { "ket-qua": 6, "hoan-canh": 10 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewerB.put(`${P()}/my-reviews/${nominations.a}`, {
          scores: { "ket-qua": 10, "hoan-canh": 6 },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewerB.put(`${P()}/my-reviews/${nominations.b}`, {
          scores: { "ket-qua": 1, "hoan-canh": 1 },
        })
      ).status,
    ).toBe(404);
    const ranking = await jsonOf(await admin.get(`${P()}/ranking?category=hoc-gioi`));
    expect(ranking.items[0]).toMatchObject({ nominationId: nominations.a, average: 81, completed: 2 });
    expect((await officerA.get(`${P()}/ranking?category=hoc-gioi`)).status).toBe(403);
  });
});

describe("decisions and hand-out", () => {
  it("refuses a rejection without a reason, and keeps the nomination as it was", async () => {
    const res = await admin.post(`${P()}/nominations/${nominations.b}/reject`, {});
    expect(res.status).toBe(400);
    expect(JSON.stringify(await jsonOf(res))).toContain("Bắt buộc ghi lý do");
    expect((await jsonOf(await admin.get(`${P()}/nominations/${nominations.b}`))).status).toBe("submitted");
  });

  it("approves in rank order within the fund, puts the rest on the waiting list, and moves it up on withdrawal", async () => {
    const decision = { fundId, decisionNumber: "45/QĐ-LĐLĐ", decisionDate: "2023-08-25" };
    const ranked = await jsonOf(
      await admin.post(`${P()}/approve-in-rank-order`, { ...decision, category: "hoc-gioi" }),
    );
    expect(ranked.approved).toHaveLength(1);
    // vượt khó costs 1.500.000; the fund has 1.500.000 left, but the reviewer scores are needed first.
    await reviewerX.put(`${P()}/my-reviews/${nominations.b}`, { scores: { "ket-qua": 5, "hoan-canh": 9 } });
    await jsonOf(
      await admin.patch(`/programmes/${programmeId}/funds/${fundId}`, {
        expectedVersion: 2,
        total: 2_000_000,
      }),
    );
    const vk = await jsonOf(
      await admin.post(`${P()}/approve-in-rank-order`, { ...decision, category: "vuot-kho" }),
    );
    expect(vk.waiting).toHaveLength(1);
    const withdrawn = await jsonOf(
      await admin.post(`${P()}/nominations/${nominations.a}/withdraw`, {
        reason: "Gia đình chuyển công tác",
      }),
    );
    expect(withdrawn.promoted).toMatchObject({ id: nominations.b, status: "approved" });
    const programme = await jsonOf(await admin.get(P()));
    expect(programme.funds[0]).toMatchObject({ committed: 1_500_000, available: 500_000 });
  });

  it("records payment, keeps fund totals consistent, and lists the ceremony", async () => {
    const missingRef = await admin.post(`${P()}/nominations/${nominations.b}/payment`, {
      paidOn: "2023-09-12",
      method: "chuyen-khoan",
    });
    expect(missingRef.status).toBe(400);
    const paid = await admin.post(`${P()}/nominations/${nominations.b}/payment`, {
      paidOn: "2023-09-12",
      method: "tien-mat",
      receivedBy: "Người nhận đã ký",
    });
    expect(paid.status).toBe(200);
    expect(
      (
        await admin.post(`${P()}/nominations/${nominations.b}/payment`, {
          paidOn: "2023-09-12",
          method: "tien-mat",
        })
      ).status,
    ).toBe(409);
    const programme = await jsonOf(await admin.get(P()));
    expect(programme.funds[0]).toMatchObject({ committed: 1_500_000, paid: 1_500_000 });
    const csv = await (await admin.get(`${P()}/ceremony-list?format=csv`)).text();
    expect(csv).toContain(SECRET.childB);
    expect(csv).toContain("1.500.000");
    const xlsx = await admin.get(`${P()}/ceremony-list?format=xlsx`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await officerA.get(`${P()}/ceremony-list`)).status).toBe(403);
  });

  it("the public scoreboard shows aggregates per district and category, never a person", async () => {
    const board = await h.publicRequest("/scoreboards/theo-quan-huyen");
    expect(board.status).toBe(200);
    const data = await jsonOf(board);
    expect(data.rows).toEqual([
      {
        district: "LĐLĐ ha-noi",
        hocGioi: 0,
        vuotKho: 1,
        caHai: 0,
        count: 1,
        amount: 1_500_000,
        previousCount: 0,
      },
    ]);
    const summary = await jsonOf(await h.publicRequest("/summary"));
    expect(summary.totals).toEqual({ count: 1, amount: 1_500_000 });
    expect(summary.nominatingUnits).toBe(2);
    const everything = [
      JSON.stringify(data),
      JSON.stringify(summary),
      await (await h.publicRequest("/scoreboards/theo-loai")).text(),
      await (await h.publicRequest("/scoreboards/qua-cac-nam")).text(),
    ].join("\n");
    for (const secret of Object.values(SECRET)) expect(everything).not.toContain(secret);
  });
});

describe("privacy", () => {
  it("erases children's and parents' data after closing, keeping the aggregates", async () => {
    const current = await jsonOf(await admin.get(P()));
    expect((await admin.post(`${P()}/erase-personal-data`, { beforeRetentionEnds: true })).status).toBe(409);
    expect((await admin.post(`${P()}/close`, { expectedVersion: current.version })).status).toBe(200);
    const early = await admin.post(`${P()}/erase-personal-data`, {});
    expect(early.status).toBe(409);
    expect((await jsonOf(early)).error.message).toContain("chưa hết thời hạn lưu");
    expect((await admin.post(`${P()}/erase-personal-data`, { beforeRetentionEnds: true })).status).toBe(200);
    const n = await jsonOf(await admin.get(`${P()}/nominations/${nominations.b}`));
    expect(n).toMatchObject({
      child: null,
      parentName: null,
      status: "paid",
      schoolLevel: "thcs",
      amount: 1_500_000,
    });
    const summary = await jsonOf(await h.publicRequest("/summary"));
    expect(summary.totals).toEqual({ count: 1, amount: 1_500_000 });
  });

  it("no child's or parent's name or birth date reached the logs or the audit trail", async () => {
    const logs = captured.join("\n");
    expect(logs).toContain("request");
    for (const secret of [SECRET.childA, SECRET.childB, SECRET.dobA]) expect(logs).not.toContain(secret);
    const audit = await (
      await h.app.request("/api/t/ha-noi/audit?limit=100", {
        headers: (admin as never as { h?: never }).h ?? {},
      })
    ).text();
    for (const secret of [SECRET.childA, SECRET.childB, SECRET.dobA]) expect(audit).not.toContain(secret);
  });
});
