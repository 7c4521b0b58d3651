import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberText, readNumber } from "./number-text";

describe("numbers in text fields", () => {
  it("shows a stored number the way the page's language writes it", () => {
    expect(numberText(8.5, "vi")).toBe("8,5");
    expect(numberText(8.5, "en")).toBe("8.5");
    expect(numberText(1500, "vi")).toBe("1.500");
    expect(numberText(1500, "en")).toBe("1,500");
    expect(numberText(94.25, "vi")).toBe("94,25");
    expect(numberText(undefined, "vi")).toBe("");
  });

  it("reads Vietnamese and English typing", () => {
    expect(readNumber("8,5", "vi")).toBe(8.5);
    expect(readNumber("8.5", "vi")).toBe(8.5);
    expect(readNumber("1.500", "vi")).toBe(1500);
    expect(readNumber("1.500,75", "vi")).toBe(1500.75);
    expect(readNumber("2.152.000", "vi")).toBe(2152000);
    expect(readNumber("8.5", "en")).toBe(8.5);
    expect(readNumber("8,5", "en")).toBe(8.5);
    expect(readNumber("1,500", "en")).toBe(1500);
    expect(readNumber("1,500.75", "en")).toBe(1500.75);
    expect(readNumber(" 95 ", "en")).toBe(95);
    expect(readNumber("-2,5", "vi")).toBe(-2.5);
  });

  it("refuses what is not a number", () => {
    for (const s of ["", "  ", "abc", "8,5,1", "1.2.3", "12a", ",", "8.5.1,2"])
      expect(readNumber(s, "vi"), s).toBeUndefined();
  });

  it("reads back what it shows, in both languages", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((n) => Math.round(n * 1e4) / 1e4),
        fc.constantFrom<"vi" | "en">("vi", "en"),
        (n, locale) => {
          expect(readNumber(numberText(n, locale), locale)).toBeCloseTo(n, 4);
        },
      ),
    );
  });
});
