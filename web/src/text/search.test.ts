import { describe, expect, it } from "vitest";
import { foldText, matchesQuery } from "./search";

describe("accent-insensitive search", () => {
  it("folds accents, đ and case", () => {
    expect(foldText("CĐCS THCS Nhân Chính")).toBe("cdcs thcs nhan chinh");
    expect(foldText("  Liên đoàn  Lao động tỉnh Đắk Nông ")).toBe("lien doan lao dong tinh dak nong");
  });

  it("finds “Nhân Chính” from “nhan chinh”, in any word order", () => {
    expect(matchesQuery("CĐCS Trường THCS Nhân Chính", "nhan chinh")).toBe(true);
    expect(matchesQuery("CĐCS Trường THCS Nhân Chính", "chinh  NHÂN")).toBe(true);
    expect(matchesQuery("CĐCS Trường THCS Nhân Chính", "nhan hoa")).toBe(false);
  });

  it("matches text typed with decomposed accents (macOS) too", () => {
    expect(matchesQuery("Thanh Xuân", "Xua\u0302n")).toBe(true);
  });

  it("an empty query matches everything", () => {
    expect(matchesQuery("abc", "   ")).toBe(true);
  });
});
