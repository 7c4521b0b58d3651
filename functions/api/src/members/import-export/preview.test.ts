import { describe, expect, it } from "vitest";
import { type PreviewOptions, previewImport } from "./preview";
import type { CellValue } from "./table";

const headers = [
  "STT",
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "Mã đơn vị",
  "Chức vụ",
  "Số điện thoại",
  "Email",
];
const knownUnitIds = new Set(["tx-thcs-nhan-chinh", "tx-tieu-hoc-kim-giang", "px-thcs-phu-xuyen"]);
const today = "2025-06-01";

function preview(rows: CellValue[][], options: Partial<PreviewOptions> = {}) {
  return previewImport({ headers, rows, knownUnitIds, today, ...options });
}

const good: CellValue[] = [
  1,
  "Nguyễn Thị Hoà",
  "Nữ",
  "15/03/1985",
  "tx-thcs-nhan-chinh",
  "Giáo viên",
  "0912345678",
  "",
];

describe("previewImport", () => {
  it("turns a clean row into a member", () => {
    const result = preview([good]);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      {
        fullName: "Nguyễn Thị Hoà",
        gender: "nu",
        dateOfBirth: "1985-03-15",
        unitId: "tx-thcs-nhan-chinh",
        position: "Giáo viên",
        phone: "0912345678",
        status: "active",
      },
    ]);
    expect(result.validRows).toEqual([2]);
    expect(result.ignoredColumns).toEqual(["STT"]);
    expect(result.dataRows).toBe(1);
  });

  it("writes the messages users read, naming the column and quoting the value", () => {
    const rows: CellValue[][] = [];
    rows[5] = [6, "Lê Văn Nam", "Nam", "31/02/1985", "tx-thcs-nhan-chinh"]; // row 7
    rows[7] = [8, "", "Nữ", "01/01/1990", "tx-thcs-nhan-chinh"]; // row 9
    rows[10] = [11, "Phạm Thu Hà", "Nữ", "01/01/1990", "abc"]; // row 12
    rows[13] = [14, "Đỗ Minh Đức", "Nam", "02/02/1980", "px-thcs-phu-xuyen"]; // row 15
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const result = preview(rows, {
      allowedUnitIds: new Set(["tx-thcs-nhan-chinh", "tx-tieu-hoc-kim-giang"]),
    });
    expect(result.errors.map((error) => error.message)).toEqual([
      'Dòng 7: "Ngày sinh" “31/02/1985” không phải ngày hợp lệ (dd/mm/yyyy).',
      'Dòng 9: thiếu "Họ và tên".',
      "Dòng 12: mã đơn vị “abc” không có trong cây tổ chức.",
      "Dòng 15: đơn vị “px-thcs-phu-xuyen” nằm ngoài phạm vi quyền của bạn.",
    ]);
    expect(result.errors.map((error) => [error.row, error.field, error.code])).toEqual([
      [7, "dateOfBirth", "invalid_date"],
      [9, "fullName", "required"],
      [12, "unitId", "unknown_unit"],
      [15, "unitId", "unit_out_of_scope"],
    ]);
    expect(result.badRows).toEqual([7, 9, 12, 15]);
    expect(result.valid).toEqual([]);
    expect(result.dataRows).toBe(4);
  });

  it("has the same messages in English", () => {
    const result = preview([[1, "Lê Văn Nam", "Nam", "31/02/1985", "abc"]], { locale: "en" });
    expect(result.errors.map((error) => error.message)).toEqual([
      'Row 2: "Ngày sinh" “31/02/1985” is not a valid date (dd/mm/yyyy).',
      "Row 2: unit code “abc” is not in the organisation tree.",
    ]);
  });

  it("reports every problem of a row, and counts the row once in badRows", () => {
    const result = preview([
      good,
      [2, "Trần Văn Đức", "X", "1985", "ABC", "", "12345", "duc@"],
      [3, "Hoàng Thu Trang", "Nữ", "20/10/2015", "tx-tieu-hoc-kim-giang"],
    ]);
    expect(result.errors.map((error) => error.message)).toEqual([
      'Dòng 3: "Giới tính" “X” không hợp lệ (ghi Nam, Nữ hoặc Khác).',
      'Dòng 3: "Ngày sinh" “1985” chỉ có năm; cần đủ ngày/tháng/năm (dd/mm/yyyy).',
      "Dòng 3: mã đơn vị “ABC” không có trong cây tổ chức.",
      'Dòng 3: "Số điện thoại" “12345” không phải số điện thoại hợp lệ (10 chữ số bắt đầu bằng 0, hoặc +84…).',
      'Dòng 3: "Email" “duc@” không phải địa chỉ email hợp lệ.',
      'Dòng 4: "Ngày sinh" “20/10/2015” không hợp lý (đoàn viên phải sinh từ năm 1900 và đủ 15 tuổi).',
    ]);
    expect(result.badRows).toEqual([3, 4]);
    expect(result.valid).toHaveLength(1);
  });

  it("flags the second occurrence of a member in the same file, by natural key", () => {
    const again: CellValue[] = [
      9,
      "NGUYỄN THỊ HOÀ".normalize("NFD"),
      "nữ",
      "15/3/1985",
      "TX-THCS-NHAN-CHINH",
    ];
    const result = preview([good, [2, "Lê Thu Hà", "Nữ", "01/01/1990", "tx-thcs-nhan-chinh"], again]);
    expect(result.duplicatesInFile).toBe(1);
    expect(result.badRows).toEqual([4]);
    expect(result.errors[0]!.message).toBe(
      "Dòng 4: đoàn viên “NGUYỄN THỊ HOÀ” (sinh ngày 15/03/1985, đơn vị “TX-THCS-NHAN-CHINH”) trùng với dòng 2 trong cùng tệp.",
    );
    expect(result.valid.map((member) => member.fullName)).toEqual(["Nguyễn Thị Hoà", "Lê Thu Hà"]);
  });

  it("flags a repeated member code even when the rest differs", () => {
    const withCodes = ["Mã đoàn viên", ...headers];
    const result = preview(
      [
        ["DV001", ...good],
        ["DV002", 2, "Lê Thu Hà", "Nữ", "01/01/1990", "tx-thcs-nhan-chinh"],
        [" dv001 ", 3, "Bùi Minh Khoa", "Nam", "02/02/1982", "tx-tieu-hoc-kim-giang"],
      ],
      { headers: withCodes },
    );
    expect(result.errors.map((error) => error.message)).toEqual([
      'Dòng 4: "Mã đoàn viên" “dv001” trùng với dòng 2 trong cùng tệp.',
    ]);
    expect(result.duplicatesInFile).toBe(1);
  });

  it("refuses a file whose header lacks required columns: one error on row 1, no valid rows", () => {
    const result = preview([good], { headers: ["STT", "Họ tên", "Ngày sinh", "Chức vụ"] });
    expect(result.errors).toEqual([
      {
        row: 1,
        code: "missing_columns",
        message:
          'Dòng 1: tệp thiếu cột bắt buộc "Giới tính", "Mã đơn vị". Các cột đọc được: "STT", "Họ tên", "Ngày sinh", "Chức vụ".',
      },
    ]);
    expect(result.valid).toEqual([]);
    expect(result.badRows).toEqual([1]);
    expect(preview([], { headers: [], locale: "en" }).errors[0]!.message).toBe(
      'Row 1: the file lacks the required columns "Full name", "Gender", "Date of birth", "Unit code". No header row was found; the first row must name the columns.',
    );
  });

  it("reads optional columns, defaults and spreadsheet quirks", () => {
    const result = previewImport({
      headers: [
        "Họ và tên",
        "Giới tính",
        "Ngày sinh",
        "Mã CĐCS",
        "Ngày vào công đoàn",
        "Trạng thái",
        "SĐT",
        "Email",
      ],
      rows: [
        [
          "  Đặng   Quỳnh Hương ",
          "F",
          31121,
          "tx-thcs-nhan-chinh",
          new Date(Date.UTC(2008, 8, 5)),
          "Nghỉ hưu",
          912345678,
          " huong@hanoiedu.vn ",
        ],
        ["Vũ Đức Thắng", "M", "1979-12-31", "tx-thcs-nhan-chinh", "", "", "+84 98 765 4321", ""],
        ["", null, undefined, "   "],
        ["Ngô Hữu Long", "Nam", "01/01/1990", "tx-thcs-nhan-chinh", "01/01/1989", "Tạm nghỉ"],
      ],
      knownUnitIds,
      headerRow: 3,
      today,
    });
    expect(result.valid).toEqual([
      {
        fullName: "Đặng Quỳnh Hương",
        gender: "nu",
        dateOfBirth: "1985-03-15",
        unitId: "tx-thcs-nhan-chinh",
        joinDate: "2008-09-05",
        status: "retired",
        phone: "0912345678",
        email: "huong@hanoiedu.vn",
      },
      {
        fullName: "Vũ Đức Thắng",
        gender: "nam",
        dateOfBirth: "1979-12-31",
        unitId: "tx-thcs-nhan-chinh",
        status: "active",
        phone: "0987654321",
      },
    ]);
    expect(result.validRows).toEqual([4, 5]);
    expect(result.dataRows).toBe(3);
    expect(result.errors.map((error) => error.message)).toEqual([
      'Dòng 7: "Ngày vào công đoàn" “01/01/1989” không hợp lý (phải sau ngày sinh và không ở tương lai).',
      'Dòng 7: "Trạng thái" “Tạm nghỉ” không hợp lệ (ghi Đang sinh hoạt, Đã chuyển đi hoặc Nghỉ hưu).',
    ]);
  });

  it("stores Vietnamese text in NFC whatever form the file used", () => {
    const nfd = "Đặng Thuỳ Dương".normalize("NFD");
    expect(nfd).not.toBe("Đặng Thuỳ Dương");
    const result = preview([
      [1, nfd, "Nữ".normalize("NFD"), "01/01/1990", "tx-thcs-nhan-chinh", "Giáo viên".normalize("NFD")],
    ]);
    expect(result.valid[0]).toMatchObject({
      fullName: "Đặng Thuỳ Dương",
      gender: "nu",
      position: "Giáo viên",
    });
    expect(result.valid[0]!.fullName).toBe(result.valid[0]!.fullName.normalize("NFC"));
  });

  it("refuses over-long text", () => {
    const result = preview([[1, "A".repeat(201), "Nam", "01/01/1990", "tx-thcs-nhan-chinh"]]);
    expect(result.errors.map((error) => error.message)).toEqual(['Dòng 2: "Họ và tên" dài quá 200 ký tự.']);
  });
});
