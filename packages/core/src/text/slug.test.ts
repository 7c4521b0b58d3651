import { describe, expect, it } from "vitest";
import { searchable, slugify, stripDiacritics } from "./slug";

describe("Vietnamese text helpers", () => {
  it("strips every diacritic including đ", () => {
    expect(stripDiacritics("Liên đoàn Lao động tỉnh Đắk Nông")).toBe("Lien doan Lao dong tinh Dak Nong");
  });
  it("makes readable ids", () => {
    expect(slugify("LĐLĐ quận Thanh Xuân")).toBe("ldld-quan-thanh-xuan");
    expect(slugify("  THCS Việt Nam – Angiêri ")).toBe("thcs-viet-nam-angieri");
  });
  it("matches search text regardless of accents and case", () => {
    expect(searchable("Trường  THCS Trần Phú")).toBe("truong thcs tran phu");
  });
});
