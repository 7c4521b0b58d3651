import type { Locale } from "@congdoan/core";
import { defaultLocale, formatDate } from "@congdoan/core";
import ExcelJS from "exceljs";
import {
  genderLabels,
  type MemberField,
  type MemberImportRow,
  memberFieldLabels,
  memberFields,
  memberStatusLabels,
} from "./member-row";
import { writeCsv } from "./write-csv";

/** The same labels the importer reads first, so an exported file re-imports without mapping. */
export function exportHeaders(locale: Locale = defaultLocale): string[] {
  return memberFields.map((field) => memberFieldLabels[field][locale]);
}

const textOf: Record<MemberField, (member: MemberImportRow, locale: Locale) => string> = {
  memberCode: (m) => m.memberCode ?? "",
  fullName: (m) => m.fullName,
  gender: (m, locale) => genderLabels[m.gender][locale],
  dateOfBirth: (m) => formatDate(m.dateOfBirth),
  unitId: (m) => m.unitId,
  position: (m) => m.position ?? "",
  joinDate: (m) => (m.joinDate ? formatDate(m.joinDate) : ""),
  status: (m, locale) => memberStatusLabels[m.status][locale],
  phone: (m) => m.phone ?? "",
  email: (m) => m.email ?? "",
};

/** One member as the cells of an exported row, in `memberFields` order. */
export function memberToCells(member: MemberImportRow, locale: Locale = defaultLocale): string[] {
  return memberFields.map((field) => textOf[field](member, locale));
}

// A cell starting with one of these runs as a formula when the CSV is opened in Excel (CSV injection);
// the apostrophe makes Excel show it as text, and the importer removes it again.
const FORMULA_START = /^[=+\-@]/;

/** UTF-8 with a BOM, which is what makes Excel open Vietnamese text correctly; "," and CRLF. */
export function membersToCsv(
  members: readonly MemberImportRow[],
  locale: Locale = defaultLocale,
): Uint8Array {
  const rows = members.map((member) =>
    memberToCells(member, locale).map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell)),
  );
  return new TextEncoder().encode(`\uFEFF${writeCsv([exportHeaders(locale), ...rows])}`);
}

const columnWidths: Record<MemberField, number> = {
  memberCode: 14,
  fullName: 28,
  gender: 10,
  dateOfBirth: 13,
  unitId: 28,
  position: 24,
  joinDate: 13,
  status: 16,
  phone: 14,
  email: 32,
};
const dateFields = new Set<MemberField>(["dateOfBirth", "joinDate"]);
// Text format keeps a typed "0912…" from losing its leading zero when the user edits the sheet.
const textFields = new Set<MemberField>(["memberCode", "phone", "unitId"]);

/** A workbook with one sheet: bold frozen header with filters, real date cells shown dd/mm/yyyy. */
export async function membersToXlsx(
  members: readonly MemberImportRow[],
  locale: Locale = defaultLocale,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Công Đoàn Số";
  const sheet = workbook.addWorksheet(locale === "vi" ? "Đoàn viên" : "Members", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = memberFields.map((field) => ({
    header: memberFieldLabels[field][locale],
    key: field,
    width: columnWidths[field],
    style: dateFields.has(field) ? { numFmt: "dd/mm/yyyy" } : textFields.has(field) ? { numFmt: "@" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: memberFields.length } };
  for (const member of members) {
    const cells = memberToCells(member, locale);
    sheet.addRow(
      memberFields.map((field, i) => {
        if (!dateFields.has(field)) return cells[i] || null;
        const iso = field === "dateOfBirth" ? member.dateOfBirth : member.joinDate;
        return iso ? calendarDate(iso) : null;
      }),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** exceljs writes a Date's UTC fields as the Excel day, so the day goes in at UTC midnight. */
function calendarDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}
