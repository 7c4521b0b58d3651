import { describe, expect, it } from "vitest";
import {
  currentSchoolYear,
  DEFAULT_SCHOOL_YEAR_RULE,
  formatPeriod,
  formatSchoolYear,
  nextSchoolYear,
  parsePeriod,
  parseSchoolYear,
  previousSchoolYear,
  schoolYearOf,
  schoolYearRange,
  schoolYearsInPeriod,
} from "./index";

describe("schoolYearOf", () => {
  it("switches year on the start day, 05/09 by default", () => {
    expect(DEFAULT_SCHOOL_YEAR_RULE).toEqual({ startMonth: 9, startDay: 5 });
    expect(schoolYearOf("2023-09-04")).toBe("2022-2023");
    expect(schoolYearOf("2023-09-05")).toBe("2023-2024");
    expect(schoolYearOf("2023-12-31")).toBe("2023-2024");
    expect(schoolYearOf("2024-01-01")).toBe("2023-2024");
    expect(schoolYearOf("2024-08-31")).toBe("2023-2024");
  });

  it("assigns the gap between 31/08 and the start day to the year just ended", () => {
    expect(schoolYearOf("2023-09-01")).toBe("2022-2023");
    expect(schoolYearOf("2023-09-03")).toBe("2022-2023");
  });

  it("follows a tenant's own start", () => {
    const rule = { startMonth: 8, startDay: 15 };
    expect(schoolYearOf("2023-08-14", rule)).toBe("2022-2023");
    expect(schoolYearOf("2023-08-15", rule)).toBe("2023-2024");
    const january = { startMonth: 1, startDay: 1 };
    expect(schoolYearOf("2023-01-01", january)).toBe("2023-2024");
    expect(schoolYearOf("2022-12-31", january)).toBe("2022-2023");
  });

  it("throws on malformed ISO dates and rules", () => {
    expect(() => schoolYearOf("05/09/2023")).toThrow(RangeError);
    expect(() => schoolYearOf("2023-02-30")).toThrow(RangeError);
    expect(() => schoolYearOf("2023-09-05", { startMonth: 13, startDay: 1 })).toThrow(RangeError);
    expect(() => schoolYearOf("2023-09-05", { startMonth: 2, startDay: 29 })).toThrow(RangeError);
    expect(() => schoolYearOf("2023-09-05", { startMonth: 9, startDay: 0 })).toThrow(RangeError);
    expect(() => schoolYearOf("2023-09-05", { startMonth: 9, startDay: 1.5 })).toThrow(RangeError);
  });
});

describe("schoolYearRange", () => {
  it("runs from the start day to the last day of the month before", () => {
    expect(schoolYearRange("2022-2023")).toEqual({ start: "2022-09-05", end: "2023-08-31" });
    expect(schoolYearRange("2023-2024", { startMonth: 9, startDay: 1 })).toEqual({
      start: "2023-09-01",
      end: "2024-08-31",
    });
  });

  it("handles short months, leap years and a January start", () => {
    expect(schoolYearRange("2023-2024", { startMonth: 3, startDay: 1 })).toEqual({
      start: "2023-03-01",
      end: "2024-02-29",
    });
    expect(schoolYearRange("2022-2023", { startMonth: 3, startDay: 10 }).end).toBe("2023-02-28");
    expect(schoolYearRange("2023-2024", { startMonth: 1, startDay: 1 })).toEqual({
      start: "2023-01-01",
      end: "2023-12-31",
    });
  });

  it("accepts any label parseSchoolYear reads", () => {
    expect(schoolYearRange("2022–2023").start).toBe("2022-09-05");
  });

  it("is consistent with schoolYearOf at both ends", () => {
    const { start, end } = schoolYearRange("2022-2023");
    expect(schoolYearOf(start)).toBe("2022-2023");
    expect(schoolYearOf(end)).toBe("2022-2023");
  });

  it("throws on an invalid label", () => {
    expect(() => schoolYearRange("2022-2024")).toThrow(RangeError);
    expect(() => schoolYearRange("abc")).toThrow(RangeError);
  });
});

describe("parseSchoolYear", () => {
  it("reads the usual spellings and returns the hyphen label", () => {
    expect(parseSchoolYear("2022-2023")).toBe("2022-2023");
    expect(parseSchoolYear("2022–2023")).toBe("2022-2023");
    expect(parseSchoolYear("2022—2023")).toBe("2022-2023");
    expect(parseSchoolYear("2022 - 2023")).toBe("2022-2023");
    expect(parseSchoolYear("2022 – 2023")).toBe("2022-2023");
    expect(parseSchoolYear("2022/2023")).toBe("2022-2023");
    expect(parseSchoolYear("  2022-2023 ")).toBe("2022-2023");
    expect(parseSchoolYear("Năm học 2022-2023")).toBe("2022-2023");
    expect(parseSchoolYear("NĂM HỌC: 2022 - 2023")).toBe("2022-2023");
  });

  it("rejects short years, non-consecutive years and junk", () => {
    for (const text of [
      "22-23",
      "2022-23",
      "2022-2024",
      "2023-2022",
      "2022-2022",
      "2022",
      "2022-2023-2024",
      "abc",
      "",
      "0999-1000",
    ]) {
      expect(parseSchoolYear(text), text).toBeUndefined();
    }
    expect(parseSchoolYear(null)).toBeUndefined();
  });
});

describe("formatSchoolYear", () => {
  it("displays with an en dash", () => {
    expect(formatSchoolYear("2022-2023")).toBe("2022–2023");
    expect(formatSchoolYear("2022 / 2023")).toBe("2022–2023");
  });

  it("returns an empty string for an invalid label", () => {
    expect(formatSchoolYear("2022-2025")).toBe("");
  });
});

describe("nextSchoolYear / previousSchoolYear", () => {
  it("steps one year", () => {
    expect(nextSchoolYear("2022-2023")).toBe("2023-2024");
    expect(previousSchoolYear("2022-2023")).toBe("2021-2022");
    expect(nextSchoolYear("2022–2023")).toBe("2023-2024");
  });

  it("throws on an invalid label", () => {
    expect(() => nextSchoolYear("2022")).toThrow(RangeError);
    expect(() => previousSchoolYear("x")).toThrow(RangeError);
  });
});

describe("currentSchoolYear", () => {
  it("uses the Vietnam date, not the server's", () => {
    // 16:59 UTC on 04/09 is 23:59 in Vietnam; one minute later it is 05/09
    expect(currentSchoolYear(new Date(Date.UTC(2023, 8, 4, 16, 59)))).toBe("2022-2023");
    expect(currentSchoolYear(new Date(Date.UTC(2023, 8, 4, 17, 0)))).toBe("2023-2024");
  });

  it("follows a tenant's rule", () => {
    const now = new Date(Date.UTC(2023, 7, 20));
    expect(currentSchoolYear(now)).toBe("2022-2023");
    expect(currentSchoolYear(now, { startMonth: 8, startDay: 15 })).toBe("2023-2024");
  });

  it("defaults to now", () => {
    expect(parseSchoolYear(currentSchoolYear())).toBe(currentSchoolYear());
  });
});

describe("periods", () => {
  it("parses multi-year periods", () => {
    expect(parsePeriod("2022-2025")).toEqual({ from: 2022, to: 2025 });
    expect(parsePeriod("2022 – 2025")).toEqual({ from: 2022, to: 2025 });
    expect(parsePeriod("Giai đoạn 2020-2025")).toEqual({ from: 2020, to: 2025 });
    expect(parsePeriod("2022-2023")).toEqual({ from: 2022, to: 2023 });
  });

  it("rejects periods that do not move forward, and junk", () => {
    for (const text of ["2025-2022", "2022-2022", "22-25", "2022", "abc", ""]) {
      expect(parsePeriod(text), text).toBeUndefined();
    }
    expect(parsePeriod(undefined)).toBeUndefined();
  });

  it("formats with an en dash", () => {
    expect(formatPeriod({ from: 2022, to: 2025 })).toBe("2022–2025");
  });

  it("lists the school years a period covers", () => {
    expect(schoolYearsInPeriod({ from: 2022, to: 2025 })).toEqual(["2022-2023", "2023-2024", "2024-2025"]);
    expect(schoolYearsInPeriod({ from: 2022, to: 2023 })).toEqual(["2022-2023"]);
    expect(() => schoolYearsInPeriod({ from: 2025, to: 2022 })).toThrow(RangeError);
  });
});
