import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, parseNumber, parsePercent } from "./number";

describe("formatNumber", () => {
  it("groups thousands with '.' and marks decimals with ',' in Vietnamese", () => {
    expect(formatNumber(2152)).toBe("2.152");
    expect(formatNumber(196.361, { maxFractionDigits: 3 })).toBe("196,361");
    expect(formatNumber(-1234567.5)).toBe("-1.234.567,5");
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(1000)).toBe("1.000");
    expect(formatNumber(1500000)).toBe("1.500.000");
  });

  it("uses English separators when asked", () => {
    expect(formatNumber(2152, { locale: "en" })).toBe("2,152");
    expect(formatNumber(-1234567.5, { locale: "en" })).toBe("-1,234,567.5");
  });

  it("rounds half away from zero at 2 fraction digits by default", () => {
    expect(formatNumber(196.361)).toBe("196,36");
    expect(formatNumber(1.005)).toBe("1,01");
    expect(formatNumber(2.345)).toBe("2,35");
    expect(formatNumber(-2.345)).toBe("-2,35");
    expect(formatNumber(999.995)).toBe("1.000");
    expect(formatNumber(2.5, { maxFractionDigits: 0 })).toBe("3");
    expect(formatNumber(-2.5, { maxFractionDigits: 0 })).toBe("-3");
  });

  it("drops trailing zeros down to minFractionDigits", () => {
    expect(formatNumber(1.5, { minFractionDigits: 2 })).toBe("1,50");
    expect(formatNumber(3, { minFractionDigits: 1 })).toBe("3,0");
    expect(formatNumber(1.1, { maxFractionDigits: 3 })).toBe("1,1");
    // min wins when it exceeds max, instead of throwing like Intl
    expect(formatNumber(1.23456, { minFractionDigits: 4, maxFractionDigits: 1 })).toBe("1,2346");
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it("handles very small and very large numbers without exponent notation", () => {
    expect(formatNumber(1.5e-7, { maxFractionDigits: 8 })).toBe("0,00000015");
    expect(formatNumber(1e21)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(12345678901234.56)).toBe("12.345.678.901.234,56");
  });

  it("formats non-finite values as an empty string", () => {
    expect(formatNumber(Number.NaN)).toBe("");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("formatPercent", () => {
  it("formats a ratio as a percentage without a space", () => {
    expect(formatPercent(0.87)).toBe("87%");
    expect(formatPercent(0.9412, 1)).toBe("94,1%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("keeps a fixed number of digits so columns line up", () => {
    expect(formatPercent(0.94, 1)).toBe("94,0%");
    expect(formatPercent(1, 2)).toBe("100,00%");
  });

  it("rounds what people see, not the float noise of ×100", () => {
    // 0.145 * 100 is 14.499999999999998 in floating point
    expect(formatPercent(0.145)).toBe("15%");
    expect(formatPercent(0.07)).toBe("7%");
  });

  it("supports English and signs", () => {
    expect(formatPercent(0.9412, 1, { locale: "en" })).toBe("94.1%");
    expect(formatPercent(-0.125, 1)).toBe("-12,5%");
    expect(formatPercent(-0.00001, 1)).toBe("0,0%");
    expect(formatPercent(12.5)).toBe("1.250%");
  });

  it("formats non-finite values as an empty string", () => {
    expect(formatPercent(Number.NaN)).toBe("");
  });
});

describe("parseNumber", () => {
  it("reads Vietnamese thousands groups and decimal commas", () => {
    expect(parseNumber("2.152")).toBe(2152);
    expect(parseNumber("196,361")).toBe(196.361);
    expect(parseNumber("1.500.000")).toBe(1500000);
    expect(parseNumber("1.500.000,5")).toBe(1500000.5);
    expect(parseNumber(" 12 ")).toBe(12);
    expect(parseNumber("0")).toBe(0);
    expect(parseNumber("0,5")).toBe(0.5);
    expect(parseNumber(",5")).toBe(0.5);
    expect(parseNumber("007")).toBe(7);
  });

  it("reads signs", () => {
    expect(parseNumber("-1.234,5")).toBe(-1234.5);
    expect(parseNumber("+12")).toBe(12);
    expect(parseNumber("\u22125")).toBe(-5);
    expect(parseNumber("- 5")).toBe(-5);
    expect(Object.is(parseNumber("-0"), 0)).toBe(true);
  });

  it("treats '.' as a decimal point only when it cannot be a thousands separator", () => {
    expect(parseNumber("1.5")).toBe(1.5);
    expect(parseNumber("12.25")).toBe(12.25);
    expect(parseNumber("1.5000")).toBe(1.5);
    expect(parseNumber("0.500")).toBe(0.5);
    expect(parseNumber("1234.567")).toBe(1234.567);
    expect(parseNumber("196.361")).toBe(196361);
  });

  it("reads spaces (including no-break spaces) as thousands groups of 3", () => {
    expect(parseNumber("1 500 000")).toBe(1500000);
    expect(parseNumber("1\u00A0500\u00A0000,25")).toBe(1500000.25);
    expect(parseNumber("1 50 000")).toBeUndefined();
  });

  it("returns undefined for anything it cannot read", () => {
    for (const text of [
      "abc",
      "1,2,3",
      "",
      "   ",
      "12,",
      "1.2.3",
      "1.5,2",
      "1.500.00",
      "1,234,567",
      "1e5",
      "12a",
      "-",
      ",",
      "--5",
      "Infinity",
    ]) {
      expect(parseNumber(text), text).toBeUndefined();
    }
  });

  it("accepts finite numbers from spreadsheet cells as they are", () => {
    expect(parseNumber(2152)).toBe(2152);
    expect(parseNumber(-0.5)).toBe(-0.5);
    expect(parseNumber(Number.NaN)).toBeUndefined();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
    expect(parseNumber(undefined)).toBeUndefined();
  });

  it("mirrors the rule for English", () => {
    expect(parseNumber("2,152", { locale: "en" })).toBe(2152);
    expect(parseNumber("1,500,000.5", { locale: "en" })).toBe(1500000.5);
    expect(parseNumber("196.361", { locale: "en" })).toBe(196.361);
    expect(parseNumber("1,5", { locale: "en" })).toBe(1.5);
    expect(parseNumber("1.2.3", { locale: "en" })).toBeUndefined();
  });

  it("round-trips formatNumber", () => {
    for (const value of [0, 7, 2152, -1234567.5, 196.36, 1500000, 0.05]) {
      expect(parseNumber(formatNumber(value))).toBe(value);
      expect(parseNumber(formatNumber(value, { locale: "en" }), { locale: "en" })).toBe(value);
    }
  });
});

describe("parsePercent", () => {
  it("reads percentages as ratios", () => {
    expect(parsePercent("12,5%")).toBe(0.125);
    expect(parsePercent("87%")).toBe(0.87);
    expect(parsePercent("94,1 %")).toBe(0.941);
    expect(parsePercent("100%")).toBe(1);
    expect(parsePercent("-5%")).toBe(-0.05);
  });

  it("reads text without '%' as percentage points", () => {
    expect(parsePercent("87")).toBe(0.87);
    expect(parsePercent("12,5")).toBe(0.125);
  });

  it("takes spreadsheet numbers as ratios already", () => {
    expect(parsePercent(0.125)).toBe(0.125);
    expect(parsePercent(Number.NaN)).toBeUndefined();
  });

  it("returns undefined for anything it cannot read", () => {
    expect(parsePercent("abc")).toBeUndefined();
    expect(parsePercent("%")).toBeUndefined();
    expect(parsePercent("")).toBeUndefined();
    expect(parsePercent("1,2,3%")).toBeUndefined();
    expect(parsePercent("12%%")).toBeUndefined();
    expect(parsePercent(null)).toBeUndefined();
  });

  it("round-trips formatPercent", () => {
    expect(parsePercent(formatPercent(0.9412, 1))).toBe(0.941);
    expect(parsePercent(formatPercent(0.87))).toBe(0.87);
  });
});
