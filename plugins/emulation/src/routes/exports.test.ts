import { describe, expect, it } from "vitest";
import { toCsv } from "./exports";

describe("CSV", () => {
  it("quotes separators, formats numbers the Vietnamese way and neutralises formulas", () => {
    const csv = toCsv([
      ["Đơn vị", "Điểm"],
      ["CĐCS Trường THCS Nhân Chính, Thanh Xuân", 93.33],
      ['=HYPERLINK("x")', 2152],
    ]);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFĐơn vị,Điểm",
      '"CĐCS Trường THCS Nhân Chính, Thanh Xuân","93,33"',
      `"'=HYPERLINK(""x"")",2.152`,
      "",
    ]);
  });
});
