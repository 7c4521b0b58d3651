import type { LocalizedText } from "@congdoan/core";
import { isoDateSchema } from "@congdoan/core";
import { z } from "zod";
import type { CellValue } from "./table";
import { cellText } from "./values";

export const genders = ["nam", "nu", "khac"] as const;
export type Gender = (typeof genders)[number];

export const memberStatuses = ["active", "left", "retired"] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export const MAX_NAME_LENGTH = 200;
export const MAX_POSITION_LENGTH = 200;
export const MAX_MEMBER_CODE_LENGTH = 64;

/**
 * A member as it leaves the importer: every value already cleaned (NFC text, ISO dates, phone as
 * 0xxxxxxxxx, unit id lower-case). The routes validate a confirmed import against this again.
 */
export const memberImportRowSchema = z.object({
  memberCode: z.string().min(1).max(MAX_MEMBER_CODE_LENGTH).optional(),
  fullName: z.string().min(1).max(MAX_NAME_LENGTH),
  gender: z.enum(genders),
  dateOfBirth: isoDateSchema,
  unitId: z.string().min(1).max(64),
  position: z.string().min(1).max(MAX_POSITION_LENGTH).optional(),
  joinDate: isoDateSchema.optional(),
  status: z.enum(memberStatuses).default("active"),
  phone: z
    .string()
    .regex(/^0\d{9}$/)
    .optional(),
  email: z.email().max(254).optional(),
});
export type MemberImportRow = z.output<typeof memberImportRowSchema>;

/** Column order of exports and of messages; an export re-imports through the same headers. */
export const memberFields = [
  "memberCode",
  "fullName",
  "gender",
  "dateOfBirth",
  "unitId",
  "position",
  "joinDate",
  "status",
  "phone",
  "email",
] as const;
export type MemberField = (typeof memberFields)[number];

/** Columns a file must have. Without a birth date two namesakes in one school could not be told apart. */
export const requiredFields: readonly MemberField[] = ["fullName", "gender", "dateOfBirth", "unitId"];

export const memberFieldLabels: Record<MemberField, LocalizedText> = {
  memberCode: { vi: "Mã đoàn viên", en: "Member code" },
  fullName: { vi: "Họ và tên", en: "Full name" },
  gender: { vi: "Giới tính", en: "Gender" },
  dateOfBirth: { vi: "Ngày sinh", en: "Date of birth" },
  unitId: { vi: "Mã đơn vị", en: "Unit code" },
  position: { vi: "Chức vụ", en: "Position" },
  joinDate: { vi: "Ngày vào công đoàn", en: "Union join date" },
  status: { vi: "Trạng thái", en: "Status" },
  phone: { vi: "Số điện thoại", en: "Phone" },
  email: { vi: "Email", en: "Email" },
};

export const genderLabels: Record<Gender, LocalizedText> = {
  nam: { vi: "Nam", en: "Male" },
  nu: { vi: "Nữ", en: "Female" },
  khac: { vi: "Khác", en: "Other" },
};

export const memberStatusLabels: Record<MemberStatus, LocalizedText> = {
  active: { vi: "Đang sinh hoạt", en: "Active" },
  left: { vi: "Đã chuyển đi", en: "Left" },
  retired: { vi: "Nghỉ hưu", en: "Retired" },
};

/**
 * Header spellings seen in real lists, most specific first: when a file has both "Mã CĐCS" (the id)
 * and "Đơn vị" (often the school's name), the id column wins and the other is ignored.
 * The labels of both locales come first so any export re-imports.
 */
const headerAliases: Record<MemberField, string[]> = {
  memberCode: ["Mã đoàn viên", "Mã số đoàn viên", "Mã ĐV", "Số thẻ đoàn viên", "Member ID", "memberCode"],
  fullName: ["Họ và tên", "Họ tên", "Họ và tên đoàn viên", "Tên đoàn viên", "Name", "fullName"],
  gender: ["Giới tính", "Nam/Nữ", "Sex", "gender"],
  dateOfBirth: [
    "Ngày sinh",
    "Ngày tháng năm sinh",
    "Ngày, tháng, năm sinh",
    "Birth date",
    "DOB",
    "dateOfBirth",
  ],
  unitId: [
    "Mã đơn vị",
    "Mã CĐCS",
    "Mã công đoàn cơ sở",
    "unitId",
    "unitCode",
    "Unit ID",
    "CĐCS",
    "Đơn vị",
    "Unit",
  ],
  position: ["Chức vụ", "Chức danh", "Job title", "position"],
  joinDate: [
    "Ngày vào công đoàn",
    "Ngày vào CĐ",
    "Ngày kết nạp",
    "Ngày kết nạp công đoàn",
    "Join date",
    "joinDate",
  ],
  status: ["Trạng thái", "Tình trạng", "Tình trạng sinh hoạt", "status"],
  phone: ["Số điện thoại", "Điện thoại", "SĐT", "ĐT", "Di động", "Phone number", "Mobile", "phone"],
  email: ["Email", "E-mail", "Thư điện tử", "Địa chỉ email"],
};

/** "Họ và tên (*)", "HO VA TEN", "ho_va_ten" → "hovaten": accents, case, hints and punctuation ignored. */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^a-z0-9]/g, "");
}

const aliasIndex: Map<string, { field: MemberField; rank: number }> = (() => {
  const index = new Map<string, { field: MemberField; rank: number }>();
  for (const field of memberFields) {
    const labels = memberFieldLabels[field];
    const spellings = [labels.vi, labels.en, ...headerAliases[field]];
    spellings.forEach((spelling, rank) => {
      const key = headerKey(spelling);
      const taken = index.get(key);
      if (taken && taken.field !== field) throw new Error(`Header alias "${spelling}" is ambiguous`);
      if (!taken) index.set(key, { field, rank });
    });
  }
  return index;
})();

export interface HeaderMapping {
  /** 0-based column index of each recognised field. */
  columns: Partial<Record<MemberField, number>>;
  /** Headers as written in the file, per field, for messages that name the column the user sees. */
  headerOf: Partial<Record<MemberField, string>>;
  missing: MemberField[];
  /** Non-blank headers that were not used: unknown ("STT", "Ghi chú") or a weaker duplicate. */
  ignored: string[];
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const best = new Map<MemberField, { column: number; rank: number }>();
  const ignored: string[] = [];
  headers.forEach((header, column) => {
    const match = aliasIndex.get(headerKey(header));
    if (!match) {
      if (header.trim()) ignored.push(header.trim());
      return;
    }
    const current = best.get(match.field);
    if (current && current.rank <= match.rank) {
      ignored.push(header.trim());
      return;
    }
    if (current) ignored.push(headers[current.column]!.trim());
    best.set(match.field, { column, rank: match.rank });
  });
  const columns: HeaderMapping["columns"] = {};
  const headerOf: HeaderMapping["headerOf"] = {};
  for (const [field, { column }] of best) {
    columns[field] = column;
    headerOf[field] = headers[column]!.trim().normalize("NFC");
  }
  const missing = requiredFields.filter((field) => columns[field] === undefined);
  return { columns, headerOf, missing, ignored };
}

const HEADER_SEARCH_ROWS = 20;

/**
 * Index of the header row. Official lists open with the national motto, the union's name and a title
 * ("DANH SÁCH ĐOÀN VIÊN…") above the real header, so the header is the first of the top rows that
 * names at least two member columns; failing that, the first non-blank row (whose headers the
 * missing-columns message then quotes). -1 when every row is blank.
 */
export function locateHeader(rows: readonly (readonly CellValue[])[]): number {
  let firstNonBlank = -1;
  let looked = 0;
  for (let i = 0; i < rows.length && looked < HEADER_SEARCH_ROWS; i++) {
    const texts = rows[i]!.map(cellText);
    if (texts.every((text) => text === "")) continue;
    looked++;
    if (firstNonBlank === -1) firstNonBlank = i;
    const fields = new Set(texts.map((text) => aliasIndex.get(headerKey(text))?.field).filter(Boolean));
    if (fields.size >= 2) return i;
  }
  return firstNonBlank;
}
