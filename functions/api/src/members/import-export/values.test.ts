import { describe, expect, it } from "vitest";
import { cellText, readDate, readEmail, readGender, readPhone, readStatus } from "./values";

const value = <T>(result: { ok: true; value: T } | { ok: false; problem: string }) =>
  result.ok ? result.value : `!${result.problem}`;

describe("cellText", () => {
  it("returns NFC text with single spaces and no invisible characters", () => {
    const nfd = "  Nguyễn\u00a0 Thị\u200b Hoà ".normalize("NFD");
    expect(cellText(nfd)).toBe("Nguyễn Thị Hoà");
    expect(cellText(nfd)).toBe(cellText(nfd).normalize("NFC"));
  });
  it("removes the apostrophe exports put before formula characters, and only there", () => {
    expect(cellText("'=1+1")).toBe("=1+1");
    expect(cellText("'-")).toBe("-");
    expect(cellText("'Ngọc")).toBe("'Ngọc");
  });
  it("renders numbers, dates and blanks", () => {
    expect(cellText(912345678)).toBe("912345678");
    expect(cellText(new Date(Date.UTC(1985, 2, 15)))).toBe("15/03/1985");
    expect(cellText(null)).toBe("");
  });
});

describe("readDate", () => {
  it("accepts the ways dates are typed and stored", () => {
    expect(value(readDate("15/03/1985"))).toBe("1985-03-15");
    expect(value(readDate("5/9/1985"))).toBe("1985-09-05");
    expect(value(readDate("1985-03-15"))).toBe("1985-03-15");
    expect(value(readDate(31121))).toBe("1985-03-15");
    expect(value(readDate(new Date(Date.UTC(1985, 2, 15))))).toBe("1985-03-15");
  });
  it("refuses impossible dates and bare years", () => {
    expect(value(readDate("31/02/1985"))).toBe("!invalid_date");
    expect(value(readDate("3/15/1985"))).toBe("!invalid_date");
    expect(value(readDate("1985"))).toBe("!year_only");
    expect(value(readDate(1985))).toBe("!year_only");
  });
});

describe("readGender and readStatus", () => {
  it.each([
    ["Nam", "nam"],
    ["nam", "nam"],
    ["M", "nam"],
    ["male", "nam"],
    ["Nữ", "nu"],
    ["nữ", "nu"],
    ["Nu", "nu"],
    ["NỮ", "nu"],
    ["F", "nu"],
    ["Female", "nu"],
    ["Khác", "khac"],
  ])("gender %s → %s", (input, expected) => {
    expect(value(readGender(input))).toBe(expected);
  });
  it("refuses unknown genders", () => {
    expect(value(readGender("X"))).toBe("!invalid_gender");
  });
  it.each([
    ["Đang sinh hoạt", "active"],
    ["dang sinh hoat", "active"],
    ["Đã chuyển đi", "left"],
    ["Nghỉ hưu", "retired"],
    ["Retired", "retired"],
  ])("status %s → %s", (input, expected) => {
    expect(value(readStatus(input))).toBe(expected);
  });
  it("refuses unknown statuses", () => {
    expect(value(readStatus("Tạm nghỉ"))).toBe("!invalid_status");
  });
});

describe("readPhone", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["091 234 5678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["+84 (0) 912 345 678", "0912345678"],
    ["84912345678", "0912345678"],
    ["0849123456", "0849123456"],
    [912345678, "0912345678"],
    ["912345678", "0912345678"],
  ] as const)("%s → %s", (input, expected) => {
    expect(value(readPhone(input))).toBe(expected);
  });
  it.each(["12345", "0123456789", "09123456789", "091234567", "số cũ"])("refuses %s", (input) => {
    expect(value(readPhone(input))).toBe("!invalid_phone");
  });
});

describe("readEmail", () => {
  it("accepts addresses and refuses broken ones", () => {
    expect(value(readEmail("hoa.nt@hanoiedu.vn"))).toBe("hoa.nt@hanoiedu.vn");
    expect(value(readEmail("hoa@"))).toBe("!invalid_email");
    expect(value(readEmail("hoa nt@hanoiedu.vn"))).toBe("!invalid_email");
  });
});
