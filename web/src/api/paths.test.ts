import { describe, expect, it } from "vitest";
import { fileNameFromDisposition } from "./content-disposition";
import { tenantApi, withQuery } from "./paths";

describe("API paths", () => {
  it("encodes every segment", () => {
    expect(tenantApi("ha-noi", "units", "a/b")).toBe("/api/t/ha-noi/units/a%2Fb");
  });

  it("adds only the query values that are set", () => {
    expect(withQuery("/api/x", { q: "Nhân Chính", unitId: "", cursor: undefined, limit: 50 })).toBe(
      "/api/x?q=Nh%C3%A2n+Ch%C3%ADnh&limit=50",
    );
    expect(withQuery("/api/x", {})).toBe("/api/x");
  });
});

describe("fileNameFromDisposition", () => {
  it("prefers the UTF-8 name and drops path parts", () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="doan-vien.csv"; filename*=UTF-8''%C4%91o%C3%A0n-vi%C3%AAn.csv`,
      ),
    ).toBe("đoàn-viên.csv");
    expect(fileNameFromDisposition('attachment; filename="../x/doan-vien.xlsx"')).toBe("doan-vien.xlsx");
    expect(fileNameFromDisposition("attachment; filename=plain.csv")).toBe("plain.csv");
    expect(fileNameFromDisposition(null)).toBeUndefined();
    expect(fileNameFromDisposition("inline")).toBeUndefined();
  });
});
