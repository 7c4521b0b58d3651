import { describe, expect, it } from "vitest";
import { headcountProblem, MAX_PEOPLE } from "./headcount";

describe("headcountProblem", () => {
  it("accepts empty text and whole numbers up to the limit", () => {
    expect(headcountProblem("")).toBeUndefined();
    expect(headcountProblem(" 48 ")).toBeUndefined();
    expect(headcountProblem(String(MAX_PEOPLE))).toBeUndefined();
  });

  it("names a number that is not whole, and one above the limit", () => {
    expect(headcountProblem("4,5")).toBe("wholeNumber");
    expect(headcountProblem("-3")).toBe("wholeNumber");
    expect(headcountProblem(String(MAX_PEOPLE + 1))).toBe("tooMany");
    expect(headcountProblem("99999999999")).toBe("tooMany");
  });
});
