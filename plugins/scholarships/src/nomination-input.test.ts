import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { child, client, jsonOf, programmeInput } from "./test-fixtures";

/**
 * What the API says about a nomination's own fields, in both languages, beside the field it
 * concerns: the nomination form shows the same words (`nomination-limits.ts`). And the quota rule:
 * a CĐCS may nominate past its quota; the quota is applied when awards are approved.
 */
let h: PluginHarness;
let officerVi: ReturnType<typeof client>;
let officerEn: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
let parent: string;
let programmeId: string;

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  const adminHeaders = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  const officer = await h.headersFor([{ role: "cdcs-officer", unitId: "cdcs-a" }]);
  admin = client(h, adminHeaders);
  officerVi = client(h, officer);
  officerEn = client(h, { ...officer, "Accept-Language": "en" });
  parent = await h.addMember({ fullName: "Trần Thị Mai", unitId: "cdcs-a" });
  const quotas = { perUnitDefault: 2, byUnit: {}, byDistrict: {} };
  programmeId = (await jsonOf(await admin.post("/programmes", programmeInput({ quotas })))).id;
}, 120_000);

const nominate = (as: ReturnType<typeof client>, overrides: Record<string, unknown>) =>
  as.post(`/programmes/${programmeId}/nominations`, {
    unitId: "cdcs-a",
    memberId: parent,
    category: "hoc-gioi",
    child: child(overrides),
  });

/** The message the API puts beside one field of a refused nomination. */
async function fieldMessage(res: Response, path: string) {
  expect(res.status).toBe(400);
  const { error } = await jsonOf(res);
  const found = (error.fields ?? []).find((f: { path: string }) => f.path === path);
  expect(found, JSON.stringify(error)).toBeDefined();
  return found.message as string;
}

describe("a nomination's fields", () => {
  it("refuses a day that does not exist, saying so rather than asking for the format", async () => {
    expect(
      await fieldMessage(await nominate(officerVi, { dateOfBirth: "2015-02-31" }), "child.dateOfBirth"),
    ).toBe("Ngày không có thật");
    expect(
      await fieldMessage(await nominate(officerEn, { dateOfBirth: "2015-02-31" }), "child.dateOfBirth"),
    ).toBe("This date does not exist");
  });

  it("tells a one-letter school name from a missing one", async () => {
    expect(await fieldMessage(await nominate(officerVi, { school: "X" }), "child.school")).toBe(
      "Tên trường cần ít nhất 2 ký tự",
    );
    expect(await fieldMessage(await nominate(officerEn, { school: "X" }), "child.school")).toBe(
      "The school's name needs at least 2 characters",
    );
    expect(await fieldMessage(await nominate(officerVi, { school: "   " }), "child.school")).toBe(
      "Nhập tên trường",
    );
  });

  it("explains the achievements' length in words, not zod's", async () => {
    const long = "Giải Nhất ".repeat(2000);
    expect(await fieldMessage(await nominate(officerVi, { achievements: long }), "child.achievements")).toBe(
      "Thành tích dài tối đa 1.000 ký tự: hãy tóm tắt, giấy khen đính kèm ở phần minh chứng",
    );
    expect(
      await fieldMessage(await nominate(officerEn, { achievements: long }), "child.achievements"),
    ).toContain("Achievements can be at most 1,000 characters");
  });
});

describe("the quota applies at approval", () => {
  it("takes a third nomination against a quota of 2, reports 3/2, and approves only 2", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await nominate(officerVi, {});
      expect(res.status).toBe(201);
      ids.push((await jsonOf(res)).id);
    }
    const quota = await jsonOf(await officerVi.get(`/programmes/${programmeId}/units/cdcs-a/quota`));
    expect(quota).toMatchObject({ quota: 2, nominated: 3, approved: 0 });
    const fund = await jsonOf(
      await admin.post(`/programmes/${programmeId}/funds`, { name: "Quỹ xã hội", total: 10_000_000 }),
    );
    const decision = { fundId: fund.id, decisionNumber: "15/QĐ-LĐLĐ", decisionDate: "2026-11-20" };
    const statuses = [];
    for (const id of ids)
      statuses.push(
        (await admin.post(`/programmes/${programmeId}/nominations/${id}/approve`, decision)).status,
      );
    expect(statuses).toEqual([200, 200, 409]);
  });
});
