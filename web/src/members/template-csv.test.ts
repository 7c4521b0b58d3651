import { describe, expect, it } from "vitest";
import { bytesToBase64, hasImportExtension } from "./file-base64";
import { memberTemplateCsv, TEMPLATE_HEADERS } from "./template-csv";

describe("member import template", () => {
  it("is the Vietnamese header row with a BOM for Excel", () => {
    const csv = memberTemplateCsv();
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe(
      "Mã đoàn viên,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Ngày vào công đoàn,Trạng thái,Điện thoại,Email\r\n",
    );
    expect(TEMPLATE_HEADERS).toHaveLength(10);
  });
});

describe("file helpers", () => {
  it("encodes UTF-8 bytes as base64, also above the chunk size", () => {
    const bytes = new TextEncoder().encode("Họ và tên");
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString("base64"));
  });

  it("accepts .csv and .xlsx only", () => {
    expect(hasImportExtension("Danh sách.CSV")).toBe(true);
    expect(hasImportExtension("ds.xlsx")).toBe(true);
    expect(hasImportExtension("ds.xls")).toBe(false);
  });
});
