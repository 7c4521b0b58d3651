import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "./money";

describe("formatMoney", () => {
  it("formats đồng with Vietnamese grouping and a plain space before ₫", () => {
    expect(formatMoney(1500000)).toBe("1.500.000 ₫");
    expect(formatMoney(1500000)).not.toContain("\u00A0");
    expect(formatMoney(0)).toBe("0 ₫");
    expect(formatMoney(500)).toBe("500 ₫");
    expect(formatMoney(-250000)).toBe("-250.000 ₫");
  });

  it("uses English grouping when asked", () => {
    expect(formatMoney(1500000, { locale: "en" })).toBe("1,500,000 ₫");
  });

  it("rounds to whole đồng, half away from zero", () => {
    expect(formatMoney(1234.5)).toBe("1.235 ₫");
    expect(formatMoney(-1234.5)).toBe("-1.235 ₫");
    expect(formatMoney(1234.4)).toBe("1.234 ₫");
    expect(formatMoney(-0.4)).toBe("0 ₫");
  });

  it("returns an empty string for non-finite amounts", () => {
    expect(formatMoney(Number.NaN)).toBe("");
  });
});

describe("parseMoney", () => {
  it("reads amounts with or without a currency", () => {
    expect(parseMoney("1.500.000 ₫")).toBe(1500000);
    expect(parseMoney("1.500.000₫")).toBe(1500000);
    expect(parseMoney("1.500.000đ")).toBe(1500000);
    expect(parseMoney("1.500.000 Đ")).toBe(1500000);
    expect(parseMoney("1500000 VND")).toBe(1500000);
    expect(parseMoney("1.500.000 VNĐ")).toBe(1500000);
    expect(parseMoney("1.500.000 đồng")).toBe(1500000);
    expect(parseMoney("1.500.000 dong")).toBe(1500000);
    expect(parseMoney("1.500.000d")).toBe(1500000);
    expect(parseMoney("VND 1.500.000")).toBe(1500000);
    expect(parseMoney("1500000")).toBe(1500000);
    expect(parseMoney("0 ₫")).toBe(0);
    expect(parseMoney("-250.000 ₫")).toBe(-250000);
  });

  it("reads multipliers", () => {
    expect(parseMoney("1,5 triệu")).toBe(1500000);
    expect(parseMoney("1,5triệu")).toBe(1500000);
    expect(parseMoney("1,5 Triệu đồng")).toBe(1500000);
    expect(parseMoney("1,5 tr")).toBe(1500000);
    expect(parseMoney("1,1 triệu")).toBe(1100000);
    expect(parseMoney("2 tỷ")).toBe(2000000000);
    expect(parseMoney("2,35 tỉ")).toBe(2350000000);
    expect(parseMoney("1.200 tỷ")).toBe(1200000000000);
    expect(parseMoney("500 nghìn")).toBe(500000);
    expect(parseMoney("500 ngàn")).toBe(500000);
    expect(parseMoney("500k")).toBe(500000);
    expect(parseMoney("1,5 trieu")).toBe(1500000);
  });

  it("reads text whose diacritics are decomposed (NFD)", () => {
    expect(parseMoney("1,5 triệu".normalize("NFD"))).toBe(1500000);
    expect(parseMoney("2 tỷ đồng".normalize("NFD"))).toBe(2000000000);
  });

  it("rounds fractions of a đồng", () => {
    expect(parseMoney("45.678,9")).toBe(45679);
    expect(parseMoney(45678.4)).toBe(45678);
    expect(parseMoney("1,2345678 triệu")).toBe(1234568);
  });

  it("reads spreadsheet numbers", () => {
    expect(parseMoney(1500000)).toBe(1500000);
    expect(parseMoney(Number.NaN)).toBeUndefined();
  });

  it("reads English-formatted amounts when asked", () => {
    expect(parseMoney("1,500,000 ₫", { locale: "en" })).toBe(1500000);
    expect(parseMoney("1.5 triệu", { locale: "en" })).toBe(1500000);
  });

  it("returns undefined for anything it cannot read", () => {
    for (const text of [
      "abc",
      "",
      "₫",
      "triệu",
      "1,2,3 ₫",
      "1 tỷ 500 triệu",
      "1,5 triệu triệu",
      "1.500.000 USD",
      "₫ 1.500.000 ₫ ₫",
      "99999999999 tỷ",
    ]) {
      expect(parseMoney(text), text).toBeUndefined();
    }
    expect(parseMoney(null)).toBeUndefined();
    expect(parseMoney(undefined)).toBeUndefined();
  });

  it("round-trips formatMoney", () => {
    for (const amount of [0, 500, 1500000, -250000, 2000000000]) {
      expect(parseMoney(formatMoney(amount))).toBe(amount);
      expect(parseMoney(formatMoney(amount, { locale: "en" }), { locale: "en" })).toBe(amount);
    }
  });
});
