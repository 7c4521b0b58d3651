import { describe, expect, it } from "vitest";
import { formatCurrency, formatDate, formatDateTime, formatNumber } from "./format";

describe("formatNumber", () => {
  it("groups thousands with dots", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(2152)).toBe("2.152");
    expect(formatNumber(1500000)).toBe("1.500.000");
    expect(formatNumber(-2152)).toBe("-2.152");
  });

  it("uses a comma for decimals and drops trailing zeros", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(0.125, 2)).toBe("0,13");
    expect(formatNumber(3.1)).toBe("3,1");
    expect(formatNumber(2.0)).toBe("2");
    expect(formatNumber(1.005, 0)).toBe("1");
  });

  it("never shows negative zero", () => {
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it("marks non-finite values", () => {
    expect(formatNumber(Number.NaN)).toBe("—");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("—");
  });
});

describe("formatCurrency", () => {
  it("formats đồng", () => {
    expect(formatCurrency(1500000)).toBe("1.500.000 ₫");
    expect(formatCurrency(1499.6)).toBe("1.500 ₫");
  });
});

describe("formatDate", () => {
  it("formats date-only strings literally", () => {
    expect(formatDate("2026-11-23")).toBe("23/11/2026");
    expect(formatDate("2026-01-05")).toBe("05/01/2026");
  });

  it("shows instants as the date in Vietnam (UTC+7)", () => {
    // 20:00 UTC on the 22nd is 03:00 on the 23rd in Hà Nội.
    expect(formatDate("2026-11-22T20:00:00Z")).toBe("23/11/2026");
    expect(formatDate(new Date(Date.UTC(2026, 10, 23, 10)))).toBe("23/11/2026");
  });

  it("returns an empty string for invalid input", () => {
    expect(formatDate("not a date")).toBe("");
  });

  it("formats date-times", () => {
    expect(formatDateTime("2026-11-23T07:05:00Z")).toBe("23/11/2026 14:05");
    expect(formatDateTime("nope")).toBe("");
  });
});
