import { describe, expect, it } from "vitest";
import { parseVietnameseNumber } from "./numbers";

describe("parseVietnameseNumber", () => {
  it("reads dots as thousands and the comma as decimal mark", () => {
    expect(parseVietnameseNumber("2.152")).toBe(2152);
    expect(parseVietnameseNumber("1.500.000")).toBe(1500000);
    expect(parseVietnameseNumber("1,5")).toBe(1.5);
    expect(parseVietnameseNumber(" 2152 ")).toBe(2152);
    expect(parseVietnameseNumber("-3")).toBe(-3);
  });

  it("leaves empty as undefined and refuses what it cannot read", () => {
    expect(parseVietnameseNumber("")).toBeUndefined();
    expect(parseVietnameseNumber("1.5")).toBe("invalid");
    expect(parseVietnameseNumber("12a")).toBe("invalid");
  });
});
