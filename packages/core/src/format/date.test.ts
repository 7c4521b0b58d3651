import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  formatDate,
  formatDateTime,
  isoToDayMonthYear,
  isValidCalendarDate,
  parseDate,
  parseDayMonthYear,
  todayIso,
} from "./date";

describe("formatDate", () => {
  it("formats ISO dates as dd/mm/yyyy with zero padding", () => {
    expect(formatDate("2026-11-23")).toBe("23/11/2026");
    expect(formatDate("2022-09-05")).toBe("05/09/2022");
    expect(formatDate(" 2024-02-29 ")).toBe("29/02/2024");
  });

  it("shows instants in Vietnam time (UTC+7)", () => {
    // 17:00 UTC is already midnight of the next day in Hà Nội
    expect(formatDate(new Date(Date.UTC(2026, 10, 22, 17, 0)))).toBe("23/11/2026");
    expect(formatDate(new Date(Date.UTC(2026, 10, 22, 16, 59)))).toBe("22/11/2026");
    expect(formatDate("2026-11-22T17:00:00Z")).toBe("23/11/2026");
    expect(formatDate("2026-11-23T00:30:00+07:00")).toBe("23/11/2026");
  });

  it("returns an empty string for invalid input", () => {
    expect(formatDate("abc")).toBe("");
    expect(formatDate("2023-02-31")).toBe("");
    expect(formatDate("23/11/2026")).toBe("");
    expect(formatDate(new Date(Number.NaN))).toBe("");
  });
});

describe("formatDateTime", () => {
  it("formats Vietnam wall-clock time with a 24-hour clock", () => {
    expect(formatDateTime("2026-11-23T07:05:00Z")).toBe("23/11/2026 14:05");
    expect(formatDateTime(new Date(Date.UTC(2026, 10, 23, 7, 5, 59)))).toBe("23/11/2026 14:05");
    expect(formatDateTime("2026-12-31T17:00:00.000Z")).toBe("01/01/2027 00:00");
  });

  it("converts explicit offsets, in either notation", () => {
    expect(formatDateTime("2026-11-23T09:05:00+02:00")).toBe("23/11/2026 14:05");
    expect(formatDateTime("2026-11-23T02:05:00-0500")).toBe("23/11/2026 14:05");
  });

  it("takes a timestamp without a zone as Vietnam time and a plain date as midnight", () => {
    expect(formatDateTime("2026-11-23T14:05")).toBe("23/11/2026 14:05");
    expect(formatDateTime("2026-11-23 14:05:30")).toBe("23/11/2026 14:05");
    expect(formatDateTime("2026-11-23")).toBe("23/11/2026 00:00");
  });

  it("returns an empty string for invalid input", () => {
    expect(formatDateTime("2026-11-23T24:00")).toBe("");
    expect(formatDateTime("2026-11-23T12:60")).toBe("");
    expect(formatDateTime("")).toBe("");
  });
});

describe("parseDate", () => {
  it("reads day-first dates with /, - or . separators", () => {
    expect(parseDate("5/9/2022")).toBe("2022-09-05");
    expect(parseDate("05/09/2022")).toBe("2022-09-05");
    expect(parseDate("05-09-2022")).toBe("2022-09-05");
    expect(parseDate("05.09.2022")).toBe("2022-09-05");
    expect(parseDate(" 5/9/2022 ")).toBe("2022-09-05");
  });

  it("reads ISO dates and timestamps", () => {
    expect(parseDate("2022-09-05")).toBe("2022-09-05");
    expect(parseDate("2022-9-5")).toBe("2022-09-05");
    expect(parseDate("2022/09/05")).toBe("2022-09-05");
    // 20:00 UTC on the 4th is 03:00 on the 5th in Vietnam
    expect(parseDate("2022-09-04T20:00:00Z")).toBe("2022-09-05");
    expect(parseDate("2022-09-05T10:00:00")).toBe("2022-09-05");
  });

  it("ignores a time after a day-first date", () => {
    expect(parseDate("05/09/2022 14:05")).toBe("2022-09-05");
    expect(parseDate("05/09/2022 14:05:09")).toBe("2022-09-05");
  });

  it("reads Date objects as the Vietnam calendar date", () => {
    expect(parseDate(new Date(Date.UTC(2022, 8, 4, 17, 0)))).toBe("2022-09-05");
    expect(parseDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("reads Excel serial numbers (1900 date system)", () => {
    expect(parseDate(44809)).toBe("2022-09-05");
    expect(parseDate(44809.75)).toBe("2022-09-05");
    expect(parseDate(1)).toBe("1900-01-01");
    expect(parseDate(59)).toBe("1900-02-28");
    expect(parseDate(61)).toBe("1900-03-01");
    expect(parseDate(45351)).toBe("2024-02-29");
    expect(parseDate(2958465)).toBe("9999-12-31");
  });

  it("rejects serials that are not dates, including Excel's phantom 29/02/1900", () => {
    expect(parseDate(60)).toBeUndefined();
    expect(parseDate(0)).toBeUndefined();
    expect(parseDate(-1)).toBeUndefined();
    expect(parseDate(2958466)).toBeUndefined();
    expect(parseDate(Number.NaN)).toBeUndefined();
  });

  it("returns undefined for impossible or unreadable dates", () => {
    for (const text of [
      "31/02/2023",
      "29/02/2023",
      "32/01/2023",
      "00/01/2023",
      "01/13/2023",
      "2023-02-29",
      "abc",
      "",
      "05/09/22",
      "05/09-2022",
      "2022-09",
      "44809",
      "2022-09-05T25:00:00Z",
    ]) {
      expect(parseDate(text), text).toBeUndefined();
    }
    expect(parseDate(null)).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });

  it("accepts leap days in leap years only", () => {
    expect(parseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseDate("29/02/2000")).toBe("2000-02-29");
    expect(parseDate("29/02/1900")).toBeUndefined();
  });

  it("round-trips formatDate", () => {
    expect(parseDate(formatDate("2026-11-23"))).toBe("2026-11-23");
  });
});

describe("todayIso", () => {
  it("gives the Vietnam date of an instant", () => {
    expect(todayIso(new Date(Date.UTC(2023, 8, 4, 16, 59)))).toBe("2023-09-04");
    expect(todayIso(new Date(Date.UTC(2023, 8, 4, 17, 0)))).toBe("2023-09-05");
  });

  it("throws on an invalid Date", () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("calendar helpers", () => {
  it("knows month lengths and leap years", () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 8)).toBe(31);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2023, 12, 31)).toBe(true);
    expect(isValidCalendarDate(2023, 1.5, 1)).toBe(false);
  });
});

describe("dd/mm/yyyy in forms", () => {
  it("reads day first, with or without leading zeros and with / . or -", () => {
    expect(parseDayMonthYear("23/11/2026")).toBe("2026-11-23");
    expect(parseDayMonthYear(" 5/9/2022 ")).toBe("2022-09-05");
    expect(parseDayMonthYear("05.09.2022")).toBe("2022-09-05");
    expect(parseDayMonthYear("05-09-2022")).toBe("2022-09-05");
    expect(parseDayMonthYear("29.02.2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("31/12/2099")).toBe("2099-12-31");
  });

  it("refuses impossible dates, two-digit years, month first and ISO order", () => {
    expect(parseDayMonthYear("31/02/2023")).toBeUndefined();
    expect(parseDayMonthYear("29/02/2023")).toBeUndefined();
    expect(parseDayMonthYear("29/02/2024")).toBe("2024-02-29");
    expect(parseDayMonthYear("1/1/85")).toBeUndefined();
    expect(parseDayMonthYear("1/1/99")).toBeUndefined();
    expect(parseDayMonthYear("2022-09-05")).toBeUndefined();
    expect(parseDayMonthYear("12/31/2099")).toBeUndefined();
    expect(parseDayMonthYear("13/13/2020")).toBeUndefined();
    expect(parseDayMonthYear("1/1/1899")).toBeUndefined();
    expect(parseDayMonthYear("")).toBeUndefined();
  });

  it("shows stored ISO dates back as dd/mm/yyyy, and reads them back", () => {
    expect(isoToDayMonthYear("2026-11-23")).toBe("23/11/2026");
    expect(isoToDayMonthYear("2020-09-30")).toBe("30/09/2020");
    expect(isoToDayMonthYear(undefined)).toBe("");
    expect(parseDayMonthYear(isoToDayMonthYear("2026-11-23"))).toBe("2026-11-23");
  });
});
