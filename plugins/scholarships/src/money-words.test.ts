import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyInWords } from "./money-words";

describe("money in Vietnamese words", () => {
  it.each([
    [0, "Không đồng"],
    [1_000_000, "Một triệu đồng"],
    [1_500_000, "Một triệu năm trăm nghìn đồng"],
    [2_050_000, "Hai triệu không trăm năm mươi nghìn đồng"],
    [15_000_000, "Mười lăm triệu đồng"],
    [101_000, "Một trăm linh một nghìn đồng"],
    [21_000, "Hai mươi mốt nghìn đồng"],
    [11_000, "Mười một nghìn đồng"],
    [25_000, "Hai mươi lăm nghìn đồng"],
    [105, "Một trăm linh năm đồng"],
    [115, "Một trăm mười lăm đồng"],
    [1_005_000, "Một triệu không trăm linh năm nghìn đồng"],
    [300_000, "Ba trăm nghìn đồng"],
    [1_000_001, "Một triệu không trăm linh một đồng"],
    [2_000_000_000, "Hai tỷ đồng"],
    [1_250_000_000, "Một tỷ hai trăm năm mươi triệu đồng"],
    [1_000_050_000, "Một tỷ không trăm năm mươi nghìn đồng"],
  ])("%d → %s", (amount, words) => {
    expect(moneyInWords(amount)).toBe(words);
  });

  it("refuses fractions and negative amounts", () => {
    expect(() => moneyInWords(-1)).toThrow(RangeError);
    expect(() => moneyInWords(1.5)).toThrow(RangeError);
  });

  it("reads every amount up to 999 tỷ as words only, once per scale, ending in đồng", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        const text = moneyInWords(n);
        expect(text).toMatch(/^\p{Lu}[\p{L} ]+ đồng$/u);
        expect(text).not.toMatch(/\d| {2}/);
        for (const scale of ["triệu", "nghìn"]) {
          if (n < 1_000_000_000) expect(text.split(scale).length - 1).toBeLessThanOrEqual(1);
        }
        // after twenty "mốt", after any ten "lăm": never "mươi một", "mươi năm", "mười năm"
        expect(text).not.toMatch(/mươi một|mươi năm|mười năm|mười mốt/u);
      }),
    );
  });
});
