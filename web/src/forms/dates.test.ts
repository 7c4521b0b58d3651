import { describe, expect, it } from "vitest";
import { isoToDayMonthYear, parseDayMonthYear } from "./dates";

describe("dd/mm/yyyy in forms", () => {
  it("reads day first, with or without leading zeros and with / . or -", () => {
    expect(parseDayMonthYear("23/11/2026")).toBe("2026-11-23");
    expect(parseDayMonthYear(" 5/9/2022 ")).toBe("2022-09-05");
    expect(parseDayMonthYear("05.09.2022")).toBe("2022-09-05");
    expect(parseDayMonthYear("05-09-2022")).toBe("2022-09-05");
  });

  it("refuses impossible dates, two-digit years and ISO order", () => {
    expect(parseDayMonthYear("31/02/2023")).toBeUndefined();
    expect(parseDayMonthYear("29/02/2023")).toBeUndefined();
    expect(parseDayMonthYear("29/02/2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("1/1/85")).toBeUndefined();
    expect(parseDayMonthYear("2022-09-05")).toBeUndefined();
    expect(parseDayMonthYear("13/13/2020")).toBeUndefined();
    expect(parseDayMonthYear("")).toBeUndefined();
  });

  it("shows stored ISO dates back as dd/mm/yyyy", () => {
    expect(isoToDayMonthYear("2026-11-23")).toBe("23/11/2026");
    expect(isoToDayMonthYear(undefined)).toBe("");
  });
});
