import { describe, expect, it } from "vitest";
import { formatCell, isNumericColumn, parseGenericScoreboard, textFor } from "./generic";

describe("parseGenericScoreboard", () => {
  const valid = {
    title: { vi: "Xếp hạng cụm", en: "Cluster ranking" },
    columns: [
      { key: "name", label: { vi: "Đơn vị", en: "Unit" } },
      { key: "score", label: { vi: "Điểm", en: "Score" } },
    ],
    rows: [{ name: "Trường A", score: 2152 }],
  };

  it("accepts the generic format", () => {
    expect(parseGenericScoreboard(valid)).toBe(valid);
    expect(parseGenericScoreboard({ columns: [], rows: [] })).toBeDefined();
  });

  it("rejects anything else", () => {
    expect(parseGenericScoreboard(null)).toBeUndefined();
    expect(parseGenericScoreboard([])).toBeUndefined();
    expect(parseGenericScoreboard({ rows: [] })).toBeUndefined();
    expect(parseGenericScoreboard({ columns: [{ key: 1, label: "x" }], rows: [] })).toBeUndefined();
    expect(parseGenericScoreboard({ columns: [], rows: [1] })).toBeUndefined();
    expect(parseGenericScoreboard({ ...valid, title: 5 })).toBeUndefined();
  });
});

describe("formatCell", () => {
  it("formats numbers the Vietnamese way, right-aligned", () => {
    expect(formatCell(2152, "en")).toEqual({ text: "2.152", numeric: true });
    expect(formatCell(97.5, "vi")).toEqual({ text: "97,5", numeric: true });
  });

  it("formats dates, localized text and blanks", () => {
    expect(formatCell("2026-11-23", "vi").text).toBe("23/11/2026");
    expect(formatCell({ vi: "Xuất sắc", en: "Excellent" }, "en").text).toBe("Excellent");
    expect(formatCell(null, "vi").text).toBe("—");
    expect(formatCell("Trường A", "vi")).toEqual({ text: "Trường A", numeric: false });
  });

  it("reads string or localized labels", () => {
    expect(textFor("Điểm", "en")).toBe("Điểm");
    expect(textFor({ vi: "Điểm", en: "Score" }, "en")).toBe("Score");
  });
});

describe("isNumericColumn", () => {
  it("is true only when every filled cell is a number", () => {
    const rows = [{ a: 1, b: "x", c: null }, { a: 2.5, b: 3, c: null }, { b: 1 }];
    expect(isNumericColumn(rows, "a")).toBe(true);
    expect(isNumericColumn(rows, "b")).toBe(false);
    expect(isNumericColumn(rows, "c")).toBe(false);
  });
});
