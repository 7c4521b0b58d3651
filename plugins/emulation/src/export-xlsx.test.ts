import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sheetToXlsx } from "./export-xlsx";

describe("sheetToXlsx", () => {
  it("writes a bold title and header, numbers as numbers, empty cells for null, a legal sheet name", async () => {
    const bytes = await sheetToXlsx({
      name: "Xếp hạng năm học 2022/2023 của các cụm thi đua",
      title: "Thi đua “Dạy tốt – Học tốt”",
      headers: ["Đơn vị", "Điểm", "Ghi chú"],
      rows: [
        ["CĐCS Trường THCS Nhân Chính", 93.33, null],
        ['=HYPERLINK("x")', 2152, "chuỗi"],
      ],
      widths: [40, 10],
      numFmts: { 1: "0.00" },
    });
    expect(bytes).toBeInstanceOf(Uint8Array);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Xếp hạng năm học 2022-2023 của");
    expect(ws.name.length).toBeLessThanOrEqual(31);
    expect(ws.getCell("A1").value).toBe("Thi đua “Dạy tốt – Học tốt”");
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getRow(3).values).toEqual([undefined, "Đơn vị", "Điểm", "Ghi chú"]);
    expect(ws.getRow(3).font?.bold).toBe(true);
    expect(ws.getCell("B4").value).toBe(93.33);
    expect(ws.getCell("C4").value).toBeNull();
    // A text that looks like a formula stays text.
    expect(ws.getCell("A5").value).toBe('=HYPERLINK("x")');
    expect(ws.getCell("A5").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).numFmt).toBe("0.00");
  });
});
