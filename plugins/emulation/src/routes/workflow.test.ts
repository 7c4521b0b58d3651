import { beforeAll, describe, expect, it } from "vitest";
import { board, movementBody, setup, TITLES } from "../test-helpers";

type S = Awaited<ReturnType<typeof setup>>;
let s: S;
const M = "/movements/hai-tot-2019-2020";
const Y = "2019-2020";
const resultOf = (unit: string) => `${M}/results/${Y}/${unit}`;

beforeAll(async () => {
  s = await setup();
});

describe("movements, clusters and registrations", () => {
  it("creates a movement for a school year, with criteria and a target; validates in Vietnamese", async () => {
    const { call, users } = s;
    const bad = await call(
      "POST",
      "/movements",
      users.admin,
      movementBody({
        period: "19-20",
        criteria: [{ id: "x", name: "X", weight: 0, maxScore: 10, measure: "score" }],
      }),
    );
    expect(bad.status).toBe(400);
    const paths = bad.data.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["period", "criteria.0.weight"]));
    expect(JSON.stringify(bad.data)).toContain("Năm học hoặc giai đoạn");
    const res = await call("POST", "/movements", users.admin, movementBody());
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ period: Y, schoolYears: [Y], version: 1 });
    expect((await call("POST", "/movements", users.admin, movementBody())).status).toBe(409);
    const multi = await call(
      "POST",
      "/movements",
      users.admin,
      movementBody({
        id: "doi-moi-2022-2025",
        name: "Đổi mới, sáng tạo trong dạy và học",
        period: "Giai đoạn 2022-2025",
        targets: [],
      }),
    );
    expect(multi.data.schoolYears).toEqual(["2022-2023", "2023-2024", "2024-2025"]);
  });

  it("refuses movements to a member, an officer and an anonymous caller", async () => {
    const { call, users } = s;
    expect((await call("POST", "/movements", users.officerA, movementBody({ id: "x" }))).status).toBe(403);
    expect((await call("POST", "/movements", users.memberA, movementBody({ id: "x" }))).status).toBe(403);
    expect((await call("POST", "/movements", {}, movementBody({ id: "x" }))).status).toBe(401);
    expect((await call("GET", M, users.dakNongAdmin, undefined, "dak-nong")).status).toBe(404);
    expect((await call("GET", M, users.admin, undefined, "dak-nong")).status).toBe(401);
  });

  it("puts units in a cluster, at most one cluster per school year", async () => {
    const { call, users } = s;
    const res = await call("POST", "/clusters", users.admin, {
      schoolYear: Y,
      id: "cum-1",
      name: "Cụm thi đua số 1",
      unitIds: ["cdcs-a", "cdcs-b"],
    });
    expect(res.status).toBe(201);
    const twice = await call("POST", "/clusters", users.admin, {
      schoolYear: Y,
      id: "cum-2",
      name: "Cụm 2",
      unitIds: ["cdcs-b"],
    });
    expect(twice.status).toBe(409);
    expect(twice.data.error.message).toContain("Cụm thi đua số 1");
    expect(
      (await call("POST", "/clusters", users.officerA, { schoolYear: Y, name: "Cụm 3", unitIds: ["cdcs-a"] }))
        .status,
    ).toBe(403);
  });

  it("lets a unit register once, for its own unit only", async () => {
    const { call, users } = s;
    const mine = await call("GET", "/me/units?permission=emulation.register&kind=cdcs", users.officerA);
    expect(mine.data.items.map((u: { id: string }) => u.id)).toEqual(["cdcs-a"]);
    expect(
      (await call("POST", `${M}/registrations`, users.officerB, { unitId: "cdcs-a", titles: TITLES })).status,
    ).toBe(403);
    expect(
      (await call("POST", `${M}/registrations`, users.memberA, { unitId: "cdcs-a", titles: TITLES })).status,
    ).toBe(403);
    const bad = await call("POST", `${M}/registrations`, users.officerA, {
      unitId: "cdcs-a",
      titles: ["Cờ vàng"],
    });
    expect(bad.status).toBe(400);
    const ok = await call("POST", `${M}/registrations`, users.officerA, {
      unitId: "cdcs-a",
      titles: ["Tập thể lao động xuất sắc"],
    });
    expect(ok.status).toBe(201);
    expect(ok.data.status).toBe("registered");
    const again = await call("POST", `${M}/registrations`, users.officerA, {
      unitId: "cdcs-a",
      titles: TITLES,
    });
    expect(again.status).toBe(409);
    expect(again.data.error.message).toContain("đã đăng ký");
  });

  it("sends a late registration to a reviewer, and an unregistered unit cannot report", async () => {
    const { call, users } = s;
    const m = (await call("GET", M, users.admin)).data;
    await call("PATCH", M, users.admin, { expectedVersion: m.version, registrationDeadline: "2019-10-15" });
    const blocked = await call("PUT", resultOf("cdcs-b"), users.officerB, {
      figures: { "day-tot": { value: 7 } },
    });
    expect(blocked.status).toBe(400);
    expect(blocked.data.error.message).toContain("chưa đăng ký");
    const late = await call("POST", `${M}/registrations`, users.officerB, {
      unitId: "cdcs-b",
      titles: TITLES,
    });
    expect(late.data).toMatchObject({ status: "pending", late: true });
    expect(
      (await call("PUT", resultOf("cdcs-b"), users.officerB, { figures: { "day-tot": { value: 7 } } })).data
        .error.message,
    ).toContain("chờ duyệt");
    expect(
      (
        await call("POST", `${M}/registrations/cdcs-b/decide`, users.officerB, {
          expectedVersion: 1,
          approve: true,
        })
      ).status,
    ).toBe(403);
    const approved = await call("POST", `${M}/registrations/cdcs-b/decide`, users.reviewer, {
      expectedVersion: 1,
      approve: true,
    });
    expect(approved.data.status).toBe("registered");
    expect(
      (
        await call("POST", `${M}/registrations/cdcs-b/decide`, users.reviewer, {
          expectedVersion: 2,
          approve: true,
        })
      ).status,
    ).toBe(409);
  });
});

describe("results: report, evidence, submit, review", () => {
  it("checks figures against the criteria and takes the denominator from the union tree", async () => {
    const { call, users } = s;
    expect((await call("PUT", resultOf("cdcs-a"), users.officerB, { figures: {} })).status).toBe(403);
    const over = await call("PUT", resultOf("cdcs-a"), users.officerA, {
      figures: { "day-tot": { value: 11 } },
    });
    expect(over.status).toBe(400);
    expect(over.data.error.message).toContain("vượt tối đa");
    const tooMany = await call("PUT", resultOf("cdcs-a"), users.officerA, {
      figures: { "dat-danh-hieu": { value: 21 } },
    });
    expect(tooMany.data.error.message).toContain("lớn hơn tổng số");
    const saved = await call("PUT", resultOf("cdcs-a"), users.officerA, {
      figures: { "day-tot": { value: 9 }, "dat-danh-hieu": { value: 19, note: "Biên bản bình xét" } },
    });
    expect(saved.status).toBe(200);
    expect(saved.data.figures["dat-danh-hieu"]).toMatchObject({ value: 19, base: 20 });
    const incomplete = await call("POST", `${resultOf("cdcs-a")}/submit`, users.officerA, {
      expectedVersion: 1,
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.data.error.message).toContain("Sáng kiến");
  });

  it("issues upload forms only within the size limit and for an allowed type", async () => {
    const { h, users } = s;
    const form = `${resultOf("cdcs-a")}/evidence/upload-form`;
    const file = (fileName: string, contentType: string, size: number) => ({
      fileName,
      contentType,
      bytes: new Uint8Array(size).fill(37),
    });
    const tooBig = await h.upload(form, file("a.pdf", "application/pdf", 700_001), users.officerA);
    expect("refused" in tooBig && tooBig.refused.status).toBe(413);
    const html = await h.upload(form, file("x.html", "text/html", 8), users.officerA);
    expect("refused" in html && html.refused.status).toBe(415);
    // Another school's officer may not even ask for a form for cdcs-a.
    const other = await h.upload(form, file("a.pdf", "application/pdf", 8), users.officerB);
    expect("refused" in other && other.refused.status).toBe(403);
  });

  it("attaches evidence the browser uploaded straight to storage", async () => {
    const { call, users, h } = s;
    const up = await h.upload(
      `${resultOf("cdcs-a")}/evidence/upload-form`,
      {
        fileName: "Biên bản.pdf",
        contentType: "application/pdf",
        bytes: new TextEncoder().encode("%PDF-1.4"),
      },
      users.officerA,
    );
    if (!("key" in up)) throw new Error(`no form: ${up.refused.status}`);
    expect(up.posted.status).toBe(204);
    const before = await h.store.get({ pk: ["RES", "hai-tot-2019-2020", Y], sk: ["U", "cdcs-a"] });
    expect(before?.version).toBe(1);
    // A key never uploaded (or another tenant's) is refused, and the result is unchanged.
    const unknown = await call("POST", `${resultOf("cdcs-a")}/evidence`, users.officerA, {
      expectedVersion: 1,
      criterionId: "dat-danh-hieu",
      key: "f000000000000000000000000",
      fileName: "a.pdf",
    });
    expect(unknown.status).toBe(400);
    expect(unknown.data.error.message).toContain("không tìm thấy tệp vừa tải lên");
    const ok = await call("POST", `${resultOf("cdcs-a")}/evidence`, users.officerA, {
      expectedVersion: 1,
      criterionId: "dat-danh-hieu",
      key: up.key,
      fileName: "Biên bản.pdf",
    });
    expect(ok.status).toBe(200);
    expect(ok.data.figures["dat-danh-hieu"].evidence).toMatchObject({
      note: "Biên bản bình xét",
      file: { key: up.key, fileName: "Biên bản.pdf", contentType: "application/pdf", size: 8 },
    });
    // Used once: the same upload cannot be attached again.
    const again = await call("POST", `${resultOf("cdcs-a")}/evidence`, users.officerA, {
      expectedVersion: 2,
      criterionId: "day-tot",
      key: up.key,
      fileName: "Biên bản.pdf",
    });
    expect(again.status).toBe(400);
  });

  it("submits once; a second submission is refused", async () => {
    const { call, users } = s;
    await call("PUT", resultOf("cdcs-a"), users.officerA, {
      expectedVersion: 2,
      figures: { "sang-kien": { value: 4 } },
    });
    const sub = await call("POST", `${resultOf("cdcs-a")}/submit`, users.officerA, { expectedVersion: 3 });
    expect(sub.status).toBe(200);
    // 3×9 + 2×9,5 + 1×10 = 56 of 60 → 93,33
    expect(sub.data).toMatchObject({ status: "submitted", score: 93.33, classification: "xuat-sac" });
    expect(sub.data.figures["dat-danh-hieu"].evidence.file.fileName).toBe("Biên bản.pdf");
    const twice = await call("POST", `${resultOf("cdcs-a")}/submit`, users.officerA, { expectedVersion: 4 });
    expect(twice.status).toBe(409);
    expect(twice.data.error.message).toContain("đã gửi");
    expect(
      (await call("PUT", resultOf("cdcs-a"), users.officerA, { expectedVersion: 4, figures: {} })).status,
    ).toBe(409);
  });

  it("refuses a reviewer of another unit", async () => {
    const { call, users } = s;
    expect(
      (await call("POST", `${resultOf("cdcs-a")}/accept`, users.reviewerB, { expectedVersion: 4 })).status,
    ).toBe(403);
    expect(
      (await call("POST", `${resultOf("cdcs-a")}/accept`, users.officerA, { expectedVersion: 4 })).status,
    ).toBe(403);
  });

  it("two reviewers at once: one wins, the other gets 409, nothing half-written", async () => {
    const { call, users, h } = s;
    const [a, b] = await Promise.all([
      call("POST", `${resultOf("cdcs-a")}/accept`, users.reviewer, { expectedVersion: 4 }),
      call("POST", `${resultOf("cdcs-a")}/return`, users.reviewer2, {
        expectedVersion: 4,
        comment: "Thiếu minh chứng tiêu chí 1",
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const stored = await h.store.get<{ status: string }>({
      pk: ["RES", "hai-tot-2019-2020", Y],
      sk: ["U", "cdcs-a"],
    });
    expect(stored?.version).toBe(5);
    expect(stored?.data.status).toBe(a.status === 200 ? "accepted" : "returned");
    if (stored?.data.status === "returned") {
      await call("POST", `${resultOf("cdcs-a")}/submit`, users.officerA, { expectedVersion: 5 });
      await call("POST", `${resultOf("cdcs-a")}/accept`, users.reviewer, { expectedVersion: 6 });
    }
  });

  it("returns with a comment, the unit corrects and resubmits", async () => {
    const { call, users } = s;
    await call("PUT", resultOf("cdcs-b"), users.officerB, {
      figures: { "day-tot": { value: 9 }, "dat-danh-hieu": { value: 18 }, "sang-kien": { value: 2 } },
    });
    await call("POST", `${resultOf("cdcs-b")}/submit`, users.officerB, { expectedVersion: 1 });
    const noComment = await call("POST", `${resultOf("cdcs-b")}/return`, users.reviewer, {
      expectedVersion: 2,
      comment: "",
    });
    expect(noComment.status).toBe(400);
    const back = await call("POST", `${resultOf("cdcs-b")}/return`, users.reviewer, {
      expectedVersion: 2,
      comment: "Số liệu tiêu chí 2 chưa khớp biên bản",
    });
    expect(back.data).toMatchObject({
      status: "returned",
      review: { comment: "Số liệu tiêu chí 2 chưa khớp biên bản" },
    });
    await call("PUT", resultOf("cdcs-b"), users.officerB, {
      expectedVersion: 3,
      figures: { "dat-danh-hieu": { value: 17 } },
    });
    expect(
      (await call("POST", `${resultOf("cdcs-b")}/submit`, users.officerB, { expectedVersion: 4 })).status,
    ).toBe(200);
  });

  it("two units accepted at the same moment: the public ranking equals a recount", async () => {
    const { call, users, h } = s;
    // cdcs-a goes back and forth so that both units wait for a decision at the same time.
    const a = (await call("GET", resultOf("cdcs-a"), users.reviewer)).data;
    const back = await call("POST", `${resultOf("cdcs-a")}/return`, users.reviewer, {
      expectedVersion: a.version,
      comment: "Bổ sung minh chứng",
    });
    const again = await call("POST", `${resultOf("cdcs-a")}/submit`, users.officerA, {
      expectedVersion: back.data.version,
    });
    const [x, y] = await Promise.all([
      call("POST", `${resultOf("cdcs-a")}/accept`, users.reviewer, { expectedVersion: again.data.version }),
      call("POST", `${resultOf("cdcs-b")}/accept`, users.reviewer2, { expectedVersion: 5 }),
    ]);
    expect([x.status, y.status]).toEqual([200, 200]);
    const ranking = await board(h, "cluster-ranking");
    expect(ranking.schoolYear).toBe(Y);
    expect(ranking.rows.map((r) => [r.rank, r.unit, r.score])).toEqual([
      [1, "CĐCS cdcs-a", 93.33],
      [2, "CĐCS cdcs-b", 81.67],
    ]);
    expect(ranking.rows[0]?.classification).toEqual({
      vi: "Hoàn thành xuất sắc nhiệm vụ",
      en: "Outstanding",
    });
    const own = await call("GET", `${M}/ranking/${Y}`, users.memberA);
    expect(own.data.clusters[0].rows).toHaveLength(2);
  });

  it("computes a parent's figures from its children and shows the target against them", async () => {
    const { call, users, h } = s;
    const agg = await call("GET", `${M}/aggregate/${Y}?unitId=ha-noi`, users.reviewer);
    const pct = agg.data.criteria.find((c: { criterionId: string }) => c.criterionId === "dat-danh-hieu");
    expect(pct).toMatchObject({ value: 36, percent: 90 });
    const targets = await board(h, "targets");
    expect(targets.rows).toContainEqual(
      expect.objectContaining({
        target: "Trên 95% đoàn viên đạt danh hiệu",
        planned: { vi: "> 95%", en: "> 95%" },
        achieved: { vi: "90%", en: "90%" },
        met: { vi: "Không đạt", en: "Not met" },
      }),
    );
  });
});

describe("rounds", () => {
  it("freezes results when the reviewer closes the round; reopening needs a reason and is audited", async () => {
    const { call, users, h } = s;
    expect((await call("POST", `${M}/rounds/${Y}/close`, users.officerA, {})).status).toBe(403);
    const closed = await call("POST", `${M}/rounds/${Y}/close`, users.reviewer, {});
    expect(closed.data.status).toBe("closed");
    const frozen = await call("POST", `${resultOf("cdcs-b")}/return`, users.reviewer, {
      expectedVersion: 6,
      comment: "Sửa lại",
    });
    expect(
      (await call("PUT", resultOf("cdcs-a"), users.officerA, { expectedVersion: 1, figures: {} })).status,
    ).toBe(409);
    expect(frozen.status).toBe(409);
    expect(frozen.data.error.message).toContain("đã khoá");
    expect((await call("POST", `${M}/rounds/${Y}/close`, users.reviewer, {})).status).toBe(409);
    expect((await call("POST", `${M}/rounds/${Y}/reopen`, users.reviewer, { reason: "" })).status).toBe(400);
    const reopened = await call("POST", `${M}/rounds/${Y}/reopen`, users.reviewer, {
      reason: "Đơn vị khiếu nại điểm tiêu chí 2",
    });
    expect(reopened.data.events.map((e: { action: string }) => e.action)).toEqual(["close", "reopen"]);
    const audit = (await (await h.app.request("/api/t/ha-noi/audit", { headers: users.admin })).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((i) => i.action)).toEqual(
      expect.arrayContaining(["emulation.round.close", "emulation.round.reopen", "emulation.result.accept"]),
    );
  });
});

describe("targets", () => {
  it("revises a target keeping its history, records a typed achievement as of a date", async () => {
    const { call, users, h } = s;
    const created = await call("POST", "/movements", users.admin, {
      id: "nq-dai-hoi-iv",
      name: "Nghị quyết Đại hội IV Công đoàn ngành",
      kind: "nghi-quyet",
      period: "2018-2023",
      ownerUnitId: "ha-noi",
      targets: [
        {
          id: "can-bo-tap-huan",
          name: "Cán bộ CĐCS được bồi dưỡng, tập huấn",
          comparison: ">=",
          planned: 100,
        },
        {
          id: "vung-manh",
          name: "Trên 95% CĐCS được xếp loại “CĐCS vững mạnh”",
          comparison: ">",
          planned: 95,
        },
      ],
    });
    expect(created.status).toBe(201);
    const achieved = await call(
      "POST",
      "/movements/nq-dai-hoi-iv/targets/can-bo-tap-huan/achievement",
      users.admin,
      { expectedVersion: 1, value: 94, asOf: "2020-09-30" },
    );
    expect(achieved.status).toBe(200);
    const stale = await call("POST", "/movements/nq-dai-hoi-iv/targets/vung-manh/revise", users.admin, {
      expectedVersion: 1,
      name: "Tên mới",
      reason: "Hướng dẫn mới",
    });
    expect(stale.status).toBe(409);
    const revised = await call("POST", "/movements/nq-dai-hoi-iv/targets/vung-manh/revise", users.admin, {
      expectedVersion: 2,
      name: "Trên 95% CĐCS được xếp loại “CĐCS hoàn thành tốt nhiệm vụ”",
      reason: "Theo Hướng dẫn đánh giá xếp loại mới của LĐLĐ tỉnh",
    });
    const target = revised.data.targets.find((t: { id: string }) => t.id === "vung-manh");
    expect(target.history).toEqual([
      expect.objectContaining({
        name: "Trên 95% CĐCS được xếp loại “CĐCS vững mạnh”",
        reason: "Theo Hướng dẫn đánh giá xếp loại mới của LĐLĐ tỉnh",
      }),
    ]);
    const rows = (await board(h, "targets")).rows;
    expect(rows).toContainEqual(
      expect.objectContaining({
        target: "Cán bộ CĐCS được bồi dưỡng, tập huấn",
        planned: { vi: "≥ 100%", en: "≥ 100%" },
        achieved: { vi: "94%", en: "94%" },
        asOf: "2020-09-30",
        met: { vi: "Không đạt", en: "Not met" },
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        target: "Trên 95% CĐCS được xếp loại “CĐCS hoàn thành tốt nhiệm vụ”",
        met: { vi: "Chưa có số liệu", en: "No data yet" },
      }),
    );
  });

  it("copies a movement to the next school year without results or achievements", async () => {
    const { call, users } = s;
    const copy = await call("POST", `${M}/copy`, users.admin, {});
    expect(copy.status).toBe(201);
    expect(copy.data).toMatchObject({
      id: "hai-tot-2020-2021",
      period: "2020-2021",
      copiedFrom: "hai-tot-2019-2020",
      registrationDeadline: "2020-10-15",
    });
    expect((await call("GET", "/movements/hai-tot-2020-2021/registrations", users.admin)).data.items).toEqual(
      [],
    );
  });
});
