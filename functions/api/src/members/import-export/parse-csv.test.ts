import { describe, expect, it } from "vitest";
import { ImportFileError } from "./file-error";
import { parseCsv } from "./parse-csv";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error("expected an ImportFileError");
}

describe("parseCsv", () => {
  const text = "Họ và tên,Giới tính\r\nNguyễn Thị Hoà,Nữ\r\nTrần Văn Đức,Nam\r\n";

  it("reads UTF-8 with and without a BOM to the same table", () => {
    const plain = parseCsv(utf8(text));
    expect(plain).toEqual({
      headers: ["Họ và tên", "Giới tính"],
      rows: [
        ["Nguyễn Thị Hoà", "Nữ"],
        ["Trần Văn Đức", "Nam"],
      ],
      headerRow: 1,
      delimiter: ",",
    });
    expect(parseCsv(withBom(text))).toEqual(plain);
    expect(parseCsv(`\uFEFF${text}`)).toEqual(plain);
  });

  it("detects ';' and tab from the header line, even when data cells contain commas", () => {
    const semicolon = parseCsv(
      utf8("Họ và tên;Chức vụ;Ngày sinh\nLê Thu Hà;Giáo viên, Tổ trưởng;15/03/1985\n"),
    );
    expect(semicolon.delimiter).toBe(";");
    expect(semicolon.rows).toEqual([["Lê Thu Hà", "Giáo viên, Tổ trưởng", "15/03/1985"]]);
    const tab = parseCsv("Họ và tên\tChức vụ\nLê Thu Hà\tGiáo viên, Tổ trưởng\n");
    expect(tab.delimiter).toBe("\t");
    expect(tab.rows).toEqual([["Lê Thu Hà", "Giáo viên, Tổ trưởng"]]);
  });

  it("honours Excel's sep= line", () => {
    const table = parseCsv("sep=;\r\nHọ và tên;Ghi chú\r\nHoa;a,b,c\r\n");
    expect(table.delimiter).toBe(";");
    expect(table.headers).toEqual(["Họ và tên", "Ghi chú"]);
    expect(table.rows).toEqual([["Hoa", "a,b,c"]]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)", () => {
    const table = parseCsv(
      'Họ và tên,Chức vụ,Ghi chú\r\n"Phạm, Ngọc Lan","Giáo viên ""chủ nhiệm""","dòng 1\r\ndòng 2"\r\nBùi Minh,,"x"\n',
    );
    expect(table.rows).toEqual([
      ["Phạm, Ngọc Lan", 'Giáo viên "chủ nhiệm"', "dòng 1\r\ndòng 2"],
      ["Bùi Minh", "", "x"],
    ]);
  });

  it("accepts LF, CRLF and lone CR line ends and a missing final newline", () => {
    const expected = [
      ["a", "b"],
      ["c", "d"],
    ];
    for (const end of ["\n", "\r\n", "\r"]) {
      expect(parseCsv(`h1,h2${end}a,b${end}c,d`).rows).toEqual(expected);
      expect(parseCsv(`h1,h2${end}a,b${end}c,d${end}`).rows).toEqual(expected);
    }
    expect(parseCsv("h1,h2\na,").rows).toEqual([["a", ""]]);
  });

  it("keeps blank rows inside the data so row numbers match the sheet, and drops trailing ones", () => {
    const table = parseCsv("\nHọ và tên,Giới tính\nHoa,Nữ\n,\nĐức,Nam\n,,\n\n");
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([
      ["Hoa", "Nữ"],
      ["", ""],
      ["Đức", "Nam"],
    ]);
  });

  it("skips the motto and title lines official lists put above the header", () => {
    const table = parseCsv(
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM;;\nDANH SÁCH ĐOÀN VIÊN;;\n;;\nSTT;Họ và tên;Ngày sinh\n1;Lê Thu Hà;15/03/1985\n",
    );
    expect(table.delimiter).toBe(";");
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(["STT", "Họ và tên", "Ngày sinh"]);
    expect(table.rows).toEqual([["1", "Lê Thu Hà", "15/03/1985"]]);
  });

  it("preserves Vietnamese letters exactly, in either normal form", () => {
    const nfd = "Họ và tên\nNguyễn Thị Thuỳ Dương\n".normalize("NFD");
    expect(parseCsv(utf8(nfd)).rows[0]![0]).toBe("Nguyễn Thị Thuỳ Dương".normalize("NFD"));
    expect(parseCsv(utf8("Họ và tên\nĐặng Quỳnh Hương\n")).rows[0]![0]).toBe("Đặng Quỳnh Hương");
  });

  it("gives an empty table for an empty file", () => {
    expect(parseCsv("")).toEqual({ headers: [], rows: [], headerRow: 1, delimiter: "," });
    expect(parseCsv(withBom("\r\n"))).toMatchObject({ headers: [], rows: [] });
  });

  it("refuses Windows-1258 / TCVN3 bytes (invalid UTF-8) in Vietnamese, naming the first bad row", () => {
    // "Hoà" in Windows-1258 is "Ho" + 0xE0 + ..., a lone byte above 0x7F.
    const bytes = new Uint8Array([...utf8("Họ và tên,Giới tính\nLan,Nữ\nHo"), 0xe0, ...utf8(",Nữ\n")]);
    const error = fileError(() => parseCsv(bytes));
    expect(error.problem).toBe("not_utf8");
    expect(error.row).toBe(3);
    expect(error.status).toBe(400);
    expect(error.detail).toContain("không được lưu ở mã UTF-8 (lỗi đầu tiên ở dòng 3)");
    expect(error.detail).toContain("CSV UTF-8 (Comma delimited)");
    expect(fileError(() => parseCsv(bytes, { locale: "en" })).detail).toContain("is not UTF-8");
  });

  it("refuses UTF-16 with or without a byte-order mark", () => {
    const utf16le = (text: string) => {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        out[2 * i] = text.charCodeAt(i) & 0xff;
        out[2 * i + 1] = text.charCodeAt(i) >> 8;
      }
      return out;
    };
    const body = utf16le("Họ và tên\tGiới tính\r\n");
    expect(fileError(() => parseCsv(new Uint8Array([0xff, 0xfe, ...body]))).problem).toBe("utf16");
    expect(fileError(() => parseCsv(body)).problem).toBe("utf16");
    expect(fileError(() => parseCsv(body)).detail).toContain("UTF-16");
  });

  it("refuses text that was already decoded with the wrong encoding", () => {
    expect(fileError(() => parseCsv("Họ và tên\nNguy\uFFFDn\n")).problem).toBe("replacement_chars");
  });

  it("refuses an Excel workbook sent as CSV", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(fileError(() => parseCsv(zip)).problem).toBe("xlsx_as_csv");
  });

  it("refuses an unterminated quote instead of swallowing the rest of the file", () => {
    const error = fileError(() => parseCsv('Họ và tên,Chức vụ\nHoa,Giáo viên\nLan,"Kế toán\nĐức,Nam\n'));
    expect(error.problem).toBe("unterminated_quote");
    expect(error.row).toBe(3);
    expect(error.detail).toBe(
      'Dấu ngoặc kép (") mở ở dòng 3 không được đóng, nên phần sau của tệp không đọc được. Hãy sửa ô đó hoặc lưu lại tệp từ Excel.',
    );
  });
});
