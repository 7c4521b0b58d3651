import type { Locale } from "@congdoan/core";
import { defaultLocale, formatDate } from "@congdoan/core";
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
  // Imported here so that a cold start does not read the XLSX writer.
  const { writeXlsx } = await import("@congdoan/xlsx");
  return writeXlsx({
    name: locale === "vi" ? "Đoàn viên" : "Members",
    header: exportHeaders(locale),
    columns: memberFields.map((field) => ({
      width: columnWidths[field],
      numFmt: dateFields.has(field) ? "dd/mm/yyyy" : textFields.has(field) ? "@" : undefined,
    })),
    freezeHeader: true,
    autoFilter: true,
    rows: members.map((member) => {
      const cells = memberToCells(member, locale);
      return memberFields.map((field, i) => {
        if (!dateFields.has(field)) return cells[i] || null;
        const iso = field === "dateOfBirth" ? member.dateOfBirth : member.joinDate;
        return iso ? calendarDate(iso) : null;
      });
    }),
  });
}

/** A Date's UTC fields are the day Excel shows, so the day goes in at UTC midnight. */
function calendarDate(iso: string): Date {
  const [year, month, day] = iso.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!));
}
