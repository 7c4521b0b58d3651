import { describe, expect, it } from "vitest";
import { parseMoney } from "../web/form-kit";
import {
  emptyForm,
  formOf,
  formPathOf,
  type ProgrammeData,
  slugOf,
  toPayload,
} from "../web/programme-form-state";
import { parseDate } from "../web/text";
import { adminTextFor } from "../web/text-admin";

const t = adminTextFor("vi");

describe("programme form, without a browser", () => {
  it("reads money and dates the Vietnamese way, and refuses days that do not exist", () => {
    expect(parseMoney("1.500.000")).toBe(1_500_000);
    expect(parseMoney("1.500.000 ₫")).toBe(1_500_000);
    expect(parseMoney("1,5 triệu")).toBeUndefined();
    expect(parseDate("1/9/2026")).toBe("2026-09-01");
    expect(parseDate("31/13/2026")).toBeUndefined();
    expect(parseDate("30/02/2026")).toBeUndefined();
  });

  it("turns the form into the API body, with its own messages keyed by field", () => {
    const form = emptyForm("2026-2027", "ha-noi");
    const empty = toPayload(form, t);
    expect(empty.errors).toMatchObject({
      budget: "Bắt buộc",
      "window.opensOn": "Bắt buộc",
      "window.closesOn": "Bắt buộc",
    });
    const filled = toPayload(
      {
        ...form,
        budget: "50.000.000",
        opensOn: "01/10/2026",
        closesOn: "31/10/2026",
        minAverage: "8,5",
        byUnit: [{ unitId: "tx-thcs-nhan-chinh", count: "3" }],
      },
      t,
    );
    expect(filled.errors).toEqual({});
    expect(filled.body).toMatchObject({
      schoolYear: "2026-2027",
      budget: 50_000_000,
      categories: [
        { code: "hoc-gioi", amount: 1_000_000 },
        { code: "vuot-kho", amount: 1_500_000 },
      ],
      quotas: { byUnit: { "tx-thcs-nhan-chinh": 3 }, byDistrict: {} },
      eligibility: { minAverage: 8.5 },
      window: { opensOn: "2026-10-01", closesOn: "2026-10-31" },
    });
    const weights = toPayload(
      { ...form, rubric: [{ key: "a", label: "Kết quả", weight: "90", max: "10" }] },
      t,
    );
    expect(weights.errors.rubric).toBe("Tổng trọng số phải bằng 100.");
  });

  it("puts the server's messages beside the field they are about", () => {
    const form = { ...emptyForm("2026-2027", "ha-noi"), byUnit: [{ unitId: "tx-a", count: "1" }] };
    form.categories["hoc-gioi"].on = false;
    const { body } = toPayload(form, t);
    expect(formPathOf("categories.0.amount", body, form)).toBe("categories.vuot-kho.amount");
    expect(formPathOf("quotas.byUnit.tx-a", body, form)).toBe("quotas.byUnit.0");
    expect(formPathOf("rubric.1.key", body, form)).toBe("rubric.1.label");
    expect(formPathOf("window.closesOn", body, form)).toBe("window.closesOn");
  });

  it("shows a stored programme as typed text, and codes new criteria from their labels", () => {
    const stored: ProgrammeData = {
      id: "p",
      version: 3,
      status: "open",
      name: "Học bổng 2026–2027",
      schoolYear: "2026-2027",
      ownerUnitId: "ha-noi",
      categories: [{ code: "vuot-kho", amount: 1_500_000 }],
      budget: 80_000_000,
      quotas: { perUnitDefault: 2, byUnit: {}, byDistrict: { "ldld-thanh-xuan": 55 } },
      eligibility: { minAge: 6, maxAge: 18, schoolLevels: ["thcs"], minAverage: 7.5, minHardshipLength: 30 },
      window: { opensOn: "2026-10-01", closesOn: "2026-10-31" },
      rubric: [{ key: "hoan-canh", label: "Hoàn cảnh", weight: 100, max: 10 }],
      reviewersPerNomination: 2,
    };
    const form = formOf(stored);
    expect(form).toMatchObject({
      schoolYear: "2026–2027",
      budget: "80.000.000",
      minAverage: "7,5",
      opensOn: "01/10/2026",
      byDistrict: [{ unitId: "ldld-thanh-xuan", count: "55" }],
    });
    expect(form.categories["vuot-kho"]).toEqual({ on: true, amount: "1.500.000" });
    expect(toPayload(form, t).errors).toEqual({});
    expect(slugOf("Đạo đức, lối sống", [])).toBe("dao-duc-loi-song");
    expect(slugOf("Hoàn cảnh", ["hoan-canh"])).toBe("hoan-canh-2");
  });
});
