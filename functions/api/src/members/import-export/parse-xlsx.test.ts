import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ImportFileError } from "./file-error";
import { parseXlsx } from "./parse-xlsx";

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function fileError(run: () => Promise<unknown>): Promise<ImportFileError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("expected an ImportFileError");
}

describe("parseXlsx", () => {
  it("reads what the user sees: rich text, formula results, links, errors, dates, numbers and blanks", async () => {
    const bytes = await workbookBytes((workbook) => {
      const lookup = workbook.addWorksheet("Danh mục");
      lookup.state = "hidden";
      lookup.addRow(["Mã đơn vị", "Tên"]);
      const sheet = workbook.addWorksheet("DS đoàn viên");
      sheet.addRow(["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
      sheet.addRow(["DANH SÁCH ĐOÀN VIÊN CĐCS TRƯỜNG THCS NHÂN CHÍNH"]);
      sheet.addRow([]);
      sheet.addRow(["STT", "Họ và tên", "Ngày sinh", "Email", "Số điện thoại", "Mã đơn vị", "Ghi chú"]);
      sheet.addRow([
        1,
        { richText: [{ text: "Nguyễn Thị ", font: { bold: true } }, { text: "Hoà" }] },
        new Date(Date.UTC(1985, 2, 15)),
        { text: "hoa@hanoiedu.vn", hyperlink: "mailto:hoa@hanoiedu.vn" },
        912345678,
        { formula: 'LOWER("TX-THCS-NHAN-CHINH")', result: "tx-thcs-nhan-chinh" },
        null,
      ]);
      sheet.addRow([]);
      sheet.addRow([
        3,
        "Trần Văn Đức",
        // A date-time late in the evening must stay on its own day.
        new Date(Date.UTC(1979, 11, 31, 20, 30)),
        { text: "duc@hanoiedu.vn", hyperlink: "mailto:duc@hanoiedu.vn" },
        "0987654321",
        { formula: "VLOOKUP(A7,'Danh mục'!A:B,2,0)", result: { error: "#N/A" } },
        "",
      ]);
      sheet.getCell("C5").numFmt = "dd/mm/yyyy";
      sheet.getCell("C7").numFmt = "dd/mm/yyyy hh:mm";
    });

    const table = await parseXlsx(bytes);
    expect(table.sheetName).toBe("DS đoàn viên");
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual([
      "STT",
      "Họ và tên",
      "Ngày sinh",
      "Email",
      "Số điện thoại",
      "Mã đơn vị",
      "Ghi chú",
    ]);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toEqual([
      1,
      "Nguyễn Thị Hoà",
      new Date(Date.UTC(1985, 2, 15)),
      "hoa@hanoiedu.vn",
      912345678,
      "tx-thcs-nhan-chinh",
    ]);
    // Row 6 is blank in the sheet and stays in place, so row 7 is still index 2.
    expect(table.rows[1]).toEqual([]);
    expect(table.rows[2]).toEqual([
      3,
      "Trần Văn Đức",
      new Date(Date.UTC(1979, 11, 31)),
      "duc@hanoiedu.vn",
      "0987654321",
      "#N/A",
      "",
    ]);
  });

  it("gives an empty table for an empty workbook", async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet("Trống"));
    expect(await parseXlsx(bytes)).toEqual({ headers: [], rows: [], headerRow: 1, sheetName: "Trống" });
  });

  it("refuses old .xls files, CSV text and damaged archives with a Vietnamese reason", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const legacy = await fileError(() => parseXlsx(xls));
    expect(legacy.problem).toBe("legacy_xls");
    expect(legacy.detail).toContain("Excel Workbook (*.xlsx)");
    expect((await fileError(() => parseXlsx(new TextEncoder().encode("Họ và tên\n")))).problem).toBe(
      "not_xlsx",
    );
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const damaged = await fileError(() => parseXlsx(broken));
    expect(damaged.problem).toBe("not_xlsx");
    expect(damaged.detail).toBe("Không đọc được tệp Excel: tệp không phải .xlsx hợp lệ hoặc đã bị hỏng.");
  });
});
