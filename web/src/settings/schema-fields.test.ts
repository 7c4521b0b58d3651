import { describe, expect, it } from "vitest";
import { describeSettings, getAt, humanizeKey, setAt, withDefaults } from "./schema-fields";

const schema = {
  type: "object",
  properties: {
    maxNominations: { type: "integer", minimum: 0, maximum: 100, default: 5, title: "Số đề cử tối đa" },
    amount: { type: "number", description: { vi: "Mức học bổng", en: "Award amount" } },
    ceremonyName: { type: "string", maxLength: 120 },
    publicBoard: { type: "boolean", default: true },
    level: { type: "string", enum: ["truong", "quan", "thanh-pho"] },
    reminder: {
      type: "object",
      properties: {
        days: { type: "integer", default: 7 },
        note: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
      required: ["days"],
    },
    tags: { type: "array", items: { type: "string" } },
  },
  required: ["maxNominations"],
};

describe("describeSettings", () => {
  it("turns properties into typed fields, in schema order", () => {
    const fields = describeSettings(schema, "vi");
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ["maxNominations", "integer"],
      ["amount", "number"],
      ["ceremonyName", "string"],
      ["publicBoard", "boolean"],
      ["level", "enum"],
      ["reminder", "object"],
      ["tags", "unsupported"],
    ]);
    expect(fields[0]).toMatchObject({ label: "Số đề cử tối đa", required: true, minimum: 0, maximum: 100 });
    expect(fields[1]).toMatchObject({ label: "Amount", description: "Mức học bổng", required: false });
  });

  it("reads localized texts and nested objects with their paths", () => {
    const fields = describeSettings(schema, "en");
    expect(fields[1]?.description).toBe("Award amount");
    const reminder = fields[5];
    expect(
      reminder?.kind === "object" && reminder.fields.map((f) => [f.path.join("."), f.kind, f.required]),
    ).toEqual([
      ["reminder.days", "integer", true],
      ["reminder.note", "string", false],
    ]);
  });
});

describe("settings values", () => {
  it("fills defaults without overriding what was saved", () => {
    expect(withDefaults(schema, { maxNominations: 9 })).toEqual({
      maxNominations: 9,
      publicBoard: true,
      reminder: { days: 7 },
    });
  });

  it("reads and writes nested paths immutably, removing emptied keys", () => {
    const start = { a: 1, reminder: { days: 7 } };
    const next = setAt(start, ["reminder", "days"], 3);
    expect(next).toEqual({ a: 1, reminder: { days: 3 } });
    expect(start.reminder.days).toBe(7);
    expect(setAt(next, ["a"], undefined)).toEqual({ reminder: { days: 3 } });
    expect(getAt(next, ["reminder", "days"])).toBe(3);
    expect(getAt(next, ["x", "y"])).toBeUndefined();
  });

  it("takes a module's bilingual label and hint (x-label, x-hint) over a title", () => {
    const schema = {
      type: "object",
      properties: {
        retentionMonths: {
          type: "integer",
          title: "ignored",
          "x-label": { vi: "Số tháng giữ dữ liệu", en: "Months to keep personal data" },
          "x-hint": { vi: "0 = xoá khi kết thúc", en: "0 = erase at closing" },
        },
      },
    };
    expect(describeSettings(schema, "vi")[0]).toMatchObject({
      label: "Số tháng giữ dữ liệu",
      description: "0 = xoá khi kết thúc",
    });
    expect(describeSettings(schema, "en")[0]).toMatchObject({ label: "Months to keep personal data" });
  });

  it("humanizes keys for fields without a title", () => {
    expect(humanizeKey("maxNominations")).toBe("Max nominations");
    expect(humanizeKey("public_board")).toBe("Public board");
  });
});
