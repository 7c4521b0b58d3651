import { describe, expect, it } from "vitest";
import { isoToDayMonthYear, parseDayMonthYear, readDateField } from "./dates";

describe("dates typed the Vietnamese way", () => {
  it("reads day/month/year and refuses impossible or ambiguous dates", () => {
    expect(parseDayMonthYear("31/12/2099")).toBe("2099-12-31");
    expect(parseDayMonthYear(" 5/9/2022 ")).toBe("2022-09-05");
    expect(parseDayMonthYear("29.02.2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("29/02/2023")).toBeUndefined();
    expect(parseDayMonthYear("12/31/2099")).toBeUndefined(); // month/day order is refused
    expect(parseDayMonthYear("2099-12-31")).toBeUndefined();
    expect(parseDayMonthYear("1/1/99")).toBeUndefined();
  });

  it("round-trips ISO dates and tells an empty field from a wrong one", () => {
    expect(isoToDayMonthYear("2020-09-30")).toBe("30/09/2020");
    expect(isoToDayMonthYear(undefined)).toBe("");
    expect(parseDayMonthYear(isoToDayMonthYear("2026-11-23"))).toBe("2026-11-23");
    expect(readDateField("")).toEqual({});
    expect(readDateField("30/09/2020")).toEqual({ iso: "2020-09-30" });
    expect(readDateField("30/13/2020")).toEqual({ invalid: true });
  });
});

describe("today in Vietnam", () => {
  it("is already the next day at 17:00 UTC", async () => {
    const { todayInVietnam } = await import("./dates");
    expect(todayInVietnam(new Date("2026-11-23T16:59:00Z"))).toBe("2026-11-23");
    expect(todayInVietnam(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
  });
});
