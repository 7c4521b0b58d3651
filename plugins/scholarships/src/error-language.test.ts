import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { ProgrammeInputSchema } from "./model";
import { child, client, jsonOf, programmeInput, shift } from "./test-fixtures";

const viDay = (iso: string) => iso.split("-").reverse().join("/");

import { inLocale } from "./zod-text";

/**
 * Refusals come in the caller's language: Vietnamese by default, English with Accept-Language: en.
 * Neither language ever repeats a child's or a parent's name.
 */
let h: PluginHarness;
let adminVi: ReturnType<typeof client>;
let adminEn: ReturnType<typeof client>;
let officerVi: ReturnType<typeof client>;
let officerEn: ReturnType<typeof client>;
let parent: string;
const parentName = "Phạm Thị Hồng Nhung";
const childNames: string[] = [];
const messages: string[] = [];

const decision = (fundId: string) => ({ fundId, decisionNumber: "15/QĐ-LĐLĐ", decisionDate: "2026-11-20" });

/** The refusal's body, its messages kept for the privacy check at the end. */
async function errorOf(res: Response, status: number) {
  expect(res.status).toBe(status);
  const { error } = await jsonOf(res);
  messages.push(error.message, ...(error.fields ?? []).map((f: { message: string }) => f.message));
  return error as { message: string; fields?: { path: string; message: string }[] };
}
const refusal = async (res: Response, status: number) => (await errorOf(res, status)).message;

async function setUp(overrides: Record<string, unknown>, fundTotal: number, files: number) {
  const programme = await jsonOf(await adminVi.post("/programmes", programmeInput(overrides)));
  const fund = await jsonOf(
    await adminVi.post(`/programmes/${programme.id}/funds`, { name: "Quỹ xã hội LĐLĐ", total: fundTotal }),
  );
  const ids: string[] = [];
  for (let i = 0; i < files; i++) {
    const kid = child();
    childNames.push(kid.fullName);
    const res = await officerVi.post(`/programmes/${programme.id}/nominations`, {
      unitId: "cdcs-a",
      memberId: parent,
      category: "hoc-gioi",
      child: kid,
    });
    expect(res.status).toBe(201);
    ids.push((await jsonOf(res)).id);
  }
  return { programme, fund, ids };
}

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  const admin = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  const officer = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
  adminVi = client(h, admin);
  adminEn = client(h, { ...admin, "Accept-Language": "en" });
  officerVi = client(h, officer);
  officerEn = client(h, { ...officer, "Accept-Language": "en-GB,en;q=0.9,vi;q=0.5" });
  parent = await h.addMember({ fullName: parentName, unitId: "cdcs-a" });
}, 120_000);

describe("refusals in the caller's language", () => {
  it("the fund running out on approval", async () => {
    const { programme, fund, ids } = await setUp({}, 1_000_000, 3);
    expect(
      (await adminVi.post(`/programmes/${programme.id}/nominations/${ids[0]}/approve`, decision(fund.id)))
        .status,
    ).toBe(200);
    const vi = await refusal(
      await adminVi.post(`/programmes/${programme.id}/nominations/${ids[1]}/approve`, decision(fund.id)),
      409,
    );
    expect(vi).toContain("quỹ “Quỹ xã hội LĐLĐ” không đủ tiền: còn 0 ₫, cần 1.000.000 ₫");
    const en = await refusal(
      await adminEn.post(`/programmes/${programme.id}/nominations/${ids[2]}/approve`, decision(fund.id)),
      409,
    );
    expect(en).toBe(
      "The operation conflicts with existing or changed data: the fund “Quỹ xã hội LĐLĐ” has too little left: 0 ₫ available, 1.000.000 ₫ needed",
    );
  });

  it("the programme's total budget running out on approval", async () => {
    const { programme, fund, ids } = await setUp({ budget: 1_000_000 }, 10_000_000, 2);
    await adminVi.post(`/programmes/${programme.id}/nominations/${ids[0]}/approve`, decision(fund.id));
    const path = `/programmes/${programme.id}/nominations/${ids[1]}/approve`;
    expect(await refusal(await adminVi.post(path, decision(fund.id)), 409)).toContain(
      "Đã hết tổng kinh phí của chương trình.",
    );
    expect(await refusal(await adminEn.post(path, decision(fund.id)), 409)).toContain(
      "The programme's total budget has been used up.",
    );
  });

  it("a CĐCS over its quota", async () => {
    const quotas = { perUnitDefault: 1, byUnit: {}, byDistrict: {} };
    const { programme, fund, ids } = await setUp({ quotas }, 10_000_000, 2);
    await adminVi.post(`/programmes/${programme.id}/nominations/${ids[0]}/approve`, decision(fund.id));
    const path = `/programmes/${programme.id}/nominations/${ids[1]}/approve`;
    expect(await refusal(await adminVi.post(path, decision(fund.id)), 409)).toContain(
      "CĐCS đã đủ chỉ tiêu (1 suất).",
    );
    expect(await refusal(await adminEn.post(path, decision(fund.id)), 409)).toContain(
      "The grassroots union (CĐCS) has reached its quota (1 award).",
    );
  });

  it("a closed programme, for a decision and for a nomination", async () => {
    const { programme, fund, ids } = await setUp({}, 10_000_000, 1);
    const current = await jsonOf(await adminVi.get(`/programmes/${programme.id}`));
    const close = { expectedVersion: current.version };
    expect((await adminVi.post(`/programmes/${programme.id}/close`, close)).status).toBe(200);
    const approve = `/programmes/${programme.id}/nominations/${ids[0]}/approve`;
    expect(await refusal(await adminVi.post(approve, decision(fund.id)), 409)).toBe(
      "Thao tác không thực hiện được vì dữ liệu đã tồn tại hoặc vừa thay đổi: chương trình đã kết thúc",
    );
    expect(await refusal(await adminEn.post(approve, decision(fund.id)), 409)).toBe(
      "The operation conflicts with existing or changed data: the programme has been closed",
    );
    const kid = child();
    childNames.push(kid.fullName);
    const nominate = await officerEn.post(`/programmes/${programme.id}/nominations`, {
      unitId: "cdcs-a",
      memberId: parent,
      category: "hoc-gioi",
      child: kid,
    });
    expect(await refusal(nominate, 409)).toContain("the programme has been closed");
  });

  it("the module's own validation messages", async () => {
    const rubric = [
      { key: "ket-qua", label: "Kết quả học tập", weight: 60, max: 10 },
      { key: "hoan-canh", label: "Hoàn cảnh", weight: 30, max: 10 },
    ];
    const vi = await errorOf(await adminVi.post("/programmes", programmeInput({ rubric })), 400);
    expect(vi.fields).toContainEqual({ path: "rubric", message: "Tổng trọng số các tiêu chí phải bằng 100" });
    const en = await errorOf(await adminEn.post("/programmes", programmeInput({ rubric, name: "Quỹ" })), 400);
    expect(en.message).toBe("The submitted data is not valid. Please check the highlighted fields.");
    expect(en.fields).toContainEqual({
      path: "rubric",
      message: "The criteria's weights must add up to 100",
    });
    expect(en.fields).toContainEqual({ path: "name", message: "The programme name is too short" });
  });

  it("outside a request the schema speaks Vietnamese; inside, the caller's language", () => {
    const input = programmeInput({ budget: 0 });
    const messageOf = () =>
      ProgrammeInputSchema.safeParse(input).error?.issues.find((i) => i.path[0] === "budget")?.message;
    expect(messageOf()).toBe("Tổng kinh phí phải lớn hơn 0");
    expect(inLocale("en", messageOf)).toBe("The total budget must be more than 0");
    expect(inLocale("vi", messageOf)).toBe("Tổng kinh phí phải lớn hơn 0");
  });

  it("a rejection without a reason, in English", async () => {
    const { programme, ids } = await setUp({}, 10_000_000, 1);
    const path = `/programmes/${programme.id}/nominations/${ids[0]}/reject`;
    const en = await errorOf(await adminEn.post(path, { reason: "ngắn" }), 400);
    expect(en.fields).toContainEqual({ path: "reason", message: "The reason needs at least 10 characters" });
    const vi = await errorOf(await adminVi.post(path, {}), 400);
    expect(vi.fields).toContainEqual({ path: "reason", message: "Bắt buộc ghi lý do không duyệt" });
  });

  it("a child nominated twice: no name in the refusal, in either language", async () => {
    const { programme } = await setUp({}, 10_000_000, 0);
    const kid = child({ fullName: "Lê Hoàng Bảo Ngọc" });
    childNames.push(kid.fullName);
    const body = { unitId: "cdcs-a", memberId: parent, category: "hoc-gioi", child: kid };
    expect((await officerVi.post(`/programmes/${programme.id}/nominations`, body)).status).toBe(201);
    const vi = await refusal(await officerVi.post(`/programmes/${programme.id}/nominations`, body), 409);
    expect(vi).toContain("cháu này đã được đề cử trong chương trình (trùng họ tên và ngày sinh)");
    await refusal(await officerEn.post(`/programmes/${programme.id}/nominations`, body), 409);
  });

  it("a child nominated twice, in English", async () => {
    const { programme } = await setUp({}, 10_000_000, 0);
    const body = { unitId: "cdcs-a", memberId: parent, category: "hoc-gioi", child: child() };
    await officerEn.post(`/programmes/${programme.id}/nominations`, body);
    expect(await refusal(await officerEn.post(`/programmes/${programme.id}/nominations`, body), 409)).toBe(
      "The operation conflicts with existing or changed data: this child has already been nominated in the programme (same full name and date of birth)",
    );
  });

  it("a nomination outside the window and one not eligible, in English and Vietnamese", async () => {
    const late = await setUp({ window: { opensOn: shift(-30), closesOn: shift(-20) } }, 10_000_000, 0);
    const body = { unitId: "cdcs-a", memberId: parent, category: "hoc-gioi", child: child() };
    const window = `(${viDay(shift(-30))} to ${viDay(shift(-20))})`;
    expect(
      await refusal(await officerEn.post(`/programmes/${late.programme.id}/nominations`, body), 409),
    ).toContain(`outside the nomination period ${window}`);
    expect(
      await refusal(await officerVi.post(`/programmes/${late.programme.id}/nominations`, body), 409),
    ).toContain(`ngoài thời hạn đề cử (từ ${viDay(shift(-30))} đến ${viDay(shift(-20))})`);
    const { programme } = await setUp({}, 10_000_000, 0);
    const weak = { ...body, child: child({ average: 5 }) };
    expect(
      await refusal(await officerEn.post(`/programmes/${programme.id}/nominations`, weak), 400),
    ).toContain("not eligible: The average mark 5");
    expect(
      await refusal(await officerVi.post(`/programmes/${programme.id}/nominations`, weak), 400),
    ).toContain("không đủ điều kiện: Điểm trung bình 5");
  });

  it("no refusal above carries a child's or a parent's name", () => {
    expect(messages.length).toBeGreaterThan(10);
    for (const message of messages) {
      for (const name of [parentName, ...childNames]) expect(message).not.toContain(name);
    }
  });
});
