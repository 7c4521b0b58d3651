import { describe, expect, it } from "vitest";
import { readFirstVisibleSheet, writeXlsx, XlsxError } from "./index";
import { readZip, writeZip } from "./zip";

describe("round trip through our own writer and reader", () => {
  it("keeps every kind of cell, escaping and Vietnamese text (NFC)", () => {
    const decomposed = "Nguye\u0302\u0303n Thi\u0323 Hoa\u0300"; // as macOS pastes it
    const bytes = writeXlsx({
      name: "Đoàn viên",
      header: ["Tên", "Số", "Ngày", "Cờ", "Trống"],
      rows: [
        [decomposed, 0.1 + 0.2, new Date(Date.UTC(1979, 11, 31, 20, 30)), false, null],
        ["a < b && c > \"d\" 'e'", -1e-7, null, true, ""],
        ["bell\u0007 and tab\t", 123456789012, null, null, "x"],
      ],
      columns: [{}, {}, { numFmt: "dd/mm/yyyy hh:mm" }],
    });
    const read = readFirstVisibleSheet(bytes);
    expect(read.name).toBe("Đoàn viên");
    expect(read.rows.map((row) => row.cells)).toEqual([
      ["Tên", "Số", "Ngày", "Cờ", "Trống"],
      ["Nguyễn Thị Hoà", 0.1 + 0.2, new Date(Date.UTC(1979, 11, 31, 20, 30)), false],
      ["a < b && c > \"d\" 'e'", -1e-7, null, true, ""],
      // A control character XML cannot carry is dropped rather than making Excel refuse the file.
      ["bell and tab\t", 123456789012, null, null, "x"],
    ]);
  });

  it("writes and reads a 5.000-row sheet quickly", () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [
      `DV-${String(i).padStart(5, "0")}`,
      `Nguyễn Văn Thành ${i}`,
      i % 2 === 0 ? "Nam" : "Nữ",
      new Date(Date.UTC(1970 + (i % 30), i % 12, 1 + (i % 28))),
      `tx-thcs-${i % 52}`,
      i * 1.5,
    ]);
    const started = performance.now();
    const bytes = writeXlsx({ name: "Lớn", header: ["Mã", "Tên", "Giới", "Ngày", "Đơn vị", "Số"], rows });
    const read = readFirstVisibleSheet(bytes);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(read.rows).toHaveLength(5001);
    expect(read.rows[5000]!.cells).toEqual(rows[4999]);
    expect(read.rows[5000]!.number).toBe(5001);
  });

  it("escapes sheet names and keeps an autofilter's range valid under a title", () => {
    const bytes = writeXlsx({
      name: "Thu & chi <2025>",
      title: "T",
      header: ["a", "b"],
      rows: [],
      autoFilter: true,
    });
    expect(readFirstVisibleSheet(bytes).name).toBe("Thu & chi <2025>");
  });

  it("gives the same bytes for the same sheet", () => {
    const sheet = { name: "A", rows: [["x", 1]] };
    expect(writeXlsx(sheet)).toEqual(writeXlsx(sheet));
  });
});

describe("damaged files", () => {
  const problem = (bytes: Uint8Array) => {
    try {
      readFirstVisibleSheet(bytes);
    } catch (error) {
      if (error instanceof XlsxError) return error.problem;
      throw error;
    }
    return "read";
  };

  it("refuse with a typed error, never a crash", () => {
    const good = writeXlsx({ name: "A", rows: [["x"]] });
    expect(problem(new TextEncoder().encode("Họ và tên\n"))).toBe("not_zip");
    expect(problem(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe("not_zip");
    expect(problem(good.subarray(0, good.length - 30))).toBe("corrupt");
    const flipped = good.slice();
    flipped[60] = flipped[60]! ^ 0xff; // inside the first entry's deflated data
    expect(problem(flipped)).toBe("corrupt");
    expect(problem(writeZip([{ name: "hello.txt", data: new Uint8Array([1]) }]))).toBe("missing_part");
  });

  it("refuses an archive that would inflate beyond the limit", () => {
    const big = writeZip([{ name: "a", data: new Uint8Array(1_000_000) }]);
    expect(() => readZip(big, { maxBytes: 1000 })).toThrow(XlsxError);
    expect(readZip(big).get("a")).toHaveLength(1_000_000);
  });
});
