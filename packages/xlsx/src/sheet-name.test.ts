import { describe, expect, it } from "vitest";
import { dateToSerial, isDateFormat, serialToDate } from "./dates";
import { sheetName } from "./sheet-name";

describe("sheetName", () => {
  it("makes any title a name Excel accepts", () => {
    expect(sheetName("Hội nghị 2025/2026: [Thanh Xuân]?*")).toBe("Hội nghị 2025-2026- -Thanh Xuân");
    expect(sheetName("'Danh sách'")).toBe("Danh sách");
    expect(sheetName("   ")).toBe("Sheet");
    expect(Array.from(sheetName("Đ".repeat(40)))).toHaveLength(31);
    expect(sheetName("A", new Set(["a"]))).toBe("A (2)");
    expect(sheetName("B".repeat(31), new Set(["B".repeat(31)]))).toBe(`${"B".repeat(27)} (2)`);
    // Decomposed accents (macOS) are composed first, so they count as one character each.
    expect(sheetName("Đoa\u0300n vie\u0302n")).toBe("Đoàn viên");
  });
});

describe("Excel dates", () => {
  it("converts serials both ways and recognises date formats", () => {
    expect(dateToSerial(new Date(Date.UTC(1985, 2, 15)))).toBe(31121);
    expect(serialToDate(31121.5)).toEqual(new Date(Date.UTC(1985, 2, 15, 12)));
    for (const code of ["dd/mm/yyyy", "[$-42A]d mmmm yyyy", "hh:mm", "[h]:mm:ss", "yyyy-mm-dd;@"])
      expect(isDateFormat(164, code), code).toBe(true);
    for (const code of ["0.0", "#,##0", "@", "General", '0" ngày"', "[Red]0.00", "0.00E+00"])
      expect(isDateFormat(164, code), code).toBe(false);
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(3, undefined)).toBe(false);
  });
});
