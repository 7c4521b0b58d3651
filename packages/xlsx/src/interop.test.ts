import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readFirstVisibleSheet, writeXlsx } from "./index";

// exceljs stays a devDependency only: it proves files travel both ways between us and a mature library.
async function openWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe("files written by @congdoan/xlsx, opened by exceljs", () => {
  it("keep values, Vietnamese text, bold rows, widths, number formats, frozen header and filter", async () => {
    const bytes = writeXlsx({
      name: "Hội nghị 2025–2026 / tổng hợp: quận [Thanh Xuân]",
      title: "Tình hình tổ chức Hội nghị CBCCVC — LĐLĐ Hà Nội",
      header: ["Đơn vị", "Số lượng", "Tỉ lệ", "Kinh phí", "Ngày", "Đạt", "Ghi chú"],
      rows: [
        ["Trường THCS Nhân Chính", 46, 97.83, 1234567, new Date(Date.UTC(2025, 2, 15)), true, null],
        { cells: ["Tổng", 46, 100, 1234567, null, false, "<b>&\"'"], bold: true },
        ["=SUM(A1)", -0.5, 0, 0, null, null, "  hai dòng\nthứ hai  "],
      ],
      columns: [{ width: 36 }, { width: 12 }, { width: 10, numFmt: "0.0" }, { numFmt: "#,##0" }],
      freezeHeader: true,
      autoFilter: true,
    });
    const workbook = await openWithExceljs(bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Hội nghị 2025–2026 - tổng hợp-");
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.getCell("A1").value).toBe("Tình hình tổ chức Hội nghị CBCCVC — LĐLĐ Hà Nội");
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getCell("A1").font?.size).toBe(14);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "Đơn vị",
      "Số lượng",
      "Tỉ lệ",
      "Kinh phí",
      "Ngày",
      "Đạt",
      "Ghi chú",
    ]);
    expect(sheet.getCell("B3").font?.bold).toBe(true);
    expect(sheet.getRow(3).font?.bold).toBe(true);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      "Trường THCS Nhân Chính",
      46,
      97.83,
      1234567,
      new Date(Date.UTC(2025, 2, 15)),
      true,
    ]);
    expect(sheet.getCell("C4").numFmt).toBe("0.0");
    expect(sheet.getCell("D4").numFmt).toBe("#,##0");
    expect(sheet.getCell("E4").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("A4").font?.bold).toBeFalsy();
    expect(sheet.getCell("A5").font?.bold).toBe(true);
    expect(sheet.getCell("G5").value).toBe("<b>&\"'");
    expect(sheet.getCell("F5").value).toBe(false);
    // A string that looks like a formula stays text.
    expect(sheet.getCell("A6").value).toBe("=SUM(A1)");
    expect(sheet.getCell("G6").value).toBe("  hai dòng\nthứ hai  ");
    expect(sheet.getColumn(1).width).toBe(36);
    expect(sheet.getColumn(3).width).toBe(10);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("writes several sheets with distinct names", async () => {
    const bytes = writeXlsx({
      sheets: [
        { name: "Danh sách", rows: [["a"]] },
        { name: "danh sách", rows: [["b"]] },
      ],
    });
    const workbook = await openWithExceljs(bytes);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Danh sách", "danh sách (2)"]);
    expect(workbook.worksheets[1]!.getCell("A1").value).toBe("b");
  });
});

describe("files written by exceljs, read by @congdoan/xlsx", () => {
  it("gives what the user sees, from the first visible sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh mục").state = "hidden";
    const sheet = workbook.addWorksheet("DS đoàn viên");
    sheet.addRow(["Họ và tên", "Ngày sinh", "Số", "Đúng", "Tra cứu", "Email", "Rich"]);
    sheet.addRow([
      "Nguyễn Thị Hoà",
      new Date(Date.UTC(1985, 2, 15)),
      1234.5,
      true,
      { formula: "VLOOKUP(A2,'Danh mục'!A:B,2,0)", result: { error: "#N/A" } },
      { text: "hoa@hanoiedu.vn", hyperlink: "mailto:hoa@hanoiedu.vn" },
      { richText: [{ text: "Trần ", font: { bold: true } }, { text: "Đức" }] },
    ]);
    sheet.addRow([]);
    sheet.addRow([
      { formula: "1+1", result: 2 },
      { formula: 'UPPER("a")', result: "A" },
    ]);
    sheet.getCell("B2").numFmt = "dd/mm/yyyy";
    const read = readFirstVisibleSheet(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(read.name).toBe("DS đoàn viên");
    expect(read.rows.map((row) => row.number)).toEqual([1, 2, 4]);
    expect(read.rows[1]!.cells).toEqual([
      "Nguyễn Thị Hoà",
      new Date(Date.UTC(1985, 2, 15)),
      1234.5,
      true,
      { error: "#N/A" },
      "hoa@hanoiedu.vn",
      "Trần Đức",
    ]);
    expect(read.rows[1]!.links?.get(5)).toBe("mailto:hoa@hanoiedu.vn");
    expect(read.rows[2]!.cells).toEqual([2, "A"]);
  });
});
