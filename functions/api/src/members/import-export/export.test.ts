import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportHeaders, membersToCsv, membersToXlsx } from "./export";
import type { MemberImportRow } from "./member-row";
import { parseCsv } from "./parse-csv";
import { parseXlsx } from "./parse-xlsx";
import { previewImport } from "./preview";
import { sampleMembers, sampleUnitIds } from "./sample-members";

const knownUnitIds = new Set<string>(sampleUnitIds);
// The importer folds line breaks typed inside a cell (Alt+Enter) into one space; nothing else changes.
const asReimported = (members: MemberImportRow[]) =>
  members.map((member) =>
    member.position ? { ...member, position: member.position.replace(/\s+/g, " ") } : member,
  );
const awkward: MemberImportRow[] = [
  {
    memberCode: "DV-0001",
    fullName: "Nguyễn Thị Thuỳ Dương",
    gender: "nu",
    dateOfBirth: "1985-03-15",
    unitId: "tx-thcs-nhan-chinh",
    position: 'Giáo viên, Tổ trưởng "Toán – Tin"',
    joinDate: "2008-09-05",
    status: "active",
    phone: "0912345678",
    email: "duong.ntt@hanoiedu.vn",
  },
  {
    memberCode: "=HYPERLINK(1)",
    fullName: "Trần Văn Đức",
    gender: "nam",
    dateOfBirth: "1979-12-31",
    unitId: "tx-thpt-tran-hung-dao",
    position: "Nhân viên\nthư viện",
    status: "retired",
  },
  {
    fullName: "Lê Khác",
    gender: "khac",
    dateOfBirth: "2000-02-29",
    unitId: "tx-mam-non-hoa-sua",
    status: "left",
  },
];

describe("membersToCsv", () => {
  it("writes UTF-8 with a BOM, Vietnamese headers, dd/mm/yyyy dates and RFC 4180 quoting", () => {
    const bytes = membersToCsv(awkward);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "Mã đoàn viên,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Chức vụ,Ngày vào công đoàn,Trạng thái,Số điện thoại,Email",
    );
    expect(lines[1]).toBe(
      'DV-0001,Nguyễn Thị Thuỳ Dương,Nữ,15/03/1985,tx-thcs-nhan-chinh,"Giáo viên, Tổ trưởng ""Toán – Tin""",05/09/2008,Đang sinh hoạt,0912345678,duong.ntt@hanoiedu.vn',
    );
    // A value Excel would run as a formula is written as text.
    expect(lines[2]).toBe(
      '\'=HYPERLINK(1),Trần Văn Đức,Nam,31/12/1979,tx-thpt-tran-hung-dao,"Nhân viên\nthư viện",,Nghỉ hưu,,',
    );
    expect(text.normalize("NFC")).toBe(text);
  });

  it.each(["vi", "en"] as const)("re-imports to the same members (%s)", (locale) => {
    const members = [...awkward, ...sampleMembers(300, { withCodes: true })];
    const table = parseCsv(membersToCsv(members, locale));
    const result = previewImport({ ...table, knownUnitIds, today: "2025-06-01" });
    expect(result.errors).toEqual([]);
    expect(result.ignoredColumns).toEqual([]);
    expect(result.valid).toEqual(asReimported(members));
  });
});

describe("membersToXlsx", () => {
  it("makes a workbook with a bold, frozen, filtered header, widths and real date cells", async () => {
    const bytes = await membersToXlsx(awkward);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Đoàn viên");
    expect(sheet.getRow(1).values).toEqual([undefined, ...exportHeaders("vi")]);
    expect(sheet.getCell("B1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(28);
    expect(sheet.autoFilter).toBeTruthy();
    const born = sheet.getCell("D2");
    expect(born.value).toEqual(new Date(Date.UTC(1985, 2, 15)));
    expect(born.numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("I2").value).toBe("0912345678");
    expect(sheet.getCell("A3").value).toBe("=HYPERLINK(1)");
    expect(sheet.getCell("G3").value).toBeNull();
  });

  it.each(["vi", "en"] as const)(
    "round-trips: export, parse, preview gives the same members (%s)",
    async (locale) => {
      const members = [...awkward, ...sampleMembers(300, { withCodes: true })];
      const table = await parseXlsx(await membersToXlsx(members, locale));
      const result = previewImport({ ...table, knownUnitIds, today: "2025-06-01" });
      expect(result.errors).toEqual([]);
      expect(result.valid).toEqual(asReimported(members));
      expect(result.validRows[0]).toBe(2);
    },
  );
});
