import type { Locale } from "@congdoan/core";
import type { ValueProblem } from "./values";

export type RowProblem =
  | ValueProblem
  | "missing_columns"
  | "required"
  | "too_long"
  | "implausible_birth"
  | "implausible_join"
  | "unknown_unit"
  | "unit_out_of_scope"
  | "duplicate_code"
  | "duplicate_member";

export interface ProblemParams {
  row: number;
  /** The column as headed in the file, so the user finds it. */
  column?: string;
  /** The value as the user typed it. */
  value?: string;
  max?: number;
  otherRow?: number;
  /** missing_columns: the missing columns and the headers that were read. */
  missing?: string[];
  found?: string[];
  name?: string;
  birth?: string;
}

type Template = (p: ProblemParams) => string;

const MAX_SHOWN = 60;
// Column names go in straight quotes and values in curly ones, as the product writes them elsewhere.
const v = (p: ProblemParams) => {
  const text = p.value ?? "";
  return `“${text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text}”`;
};
const c = (p: ProblemParams) => `"${p.column ?? ""}"`;
const list = (items: string[] | undefined) => (items ?? []).map((item) => `"${item}"`).join(", ");

const vi: Record<RowProblem, Template> = {
  missing_columns: (p) =>
    `Dòng ${p.row}: tệp thiếu cột bắt buộc ${list(p.missing)}. ` +
    (p.found?.length
      ? `Các cột đọc được: ${list(p.found)}.`
      : "Không đọc được dòng tiêu đề nào; dòng đầu tiên phải là tên các cột."),
  required: (p) => `Dòng ${p.row}: thiếu ${c(p)}.`,
  too_long: (p) => `Dòng ${p.row}: ${c(p)} dài quá ${p.max} ký tự.`,
  invalid_date: (p) => `Dòng ${p.row}: ${c(p)} ${v(p)} không phải ngày hợp lệ (dd/mm/yyyy).`,
  year_only: (p) => `Dòng ${p.row}: ${c(p)} ${v(p)} chỉ có năm; cần đủ ngày/tháng/năm (dd/mm/yyyy).`,
  implausible_birth: (p) =>
    `Dòng ${p.row}: ${c(p)} ${v(p)} không hợp lý (đoàn viên phải sinh từ năm 1900 và đủ 15 tuổi).`,
  implausible_join: (p) =>
    `Dòng ${p.row}: ${c(p)} ${v(p)} không hợp lý (phải sau ngày sinh và không ở tương lai).`,
  invalid_gender: (p) => `Dòng ${p.row}: ${c(p)} ${v(p)} không hợp lệ (ghi Nam, Nữ hoặc Khác).`,
  invalid_status: (p) =>
    `Dòng ${p.row}: ${c(p)} ${v(p)} không hợp lệ (ghi Đang sinh hoạt, Đã chuyển đi hoặc Nghỉ hưu).`,
  invalid_phone: (p) =>
    `Dòng ${p.row}: ${c(p)} ${v(p)} không phải số điện thoại hợp lệ (10 chữ số bắt đầu bằng 0, hoặc +84…).`,
  invalid_email: (p) => `Dòng ${p.row}: ${c(p)} ${v(p)} không phải địa chỉ email hợp lệ.`,
  unknown_unit: (p) => `Dòng ${p.row}: mã đơn vị ${v(p)} không có trong cây tổ chức.`,
  unit_out_of_scope: (p) => `Dòng ${p.row}: đơn vị ${v(p)} nằm ngoài phạm vi quyền của bạn.`,
  duplicate_code: (p) => `Dòng ${p.row}: ${c(p)} ${v(p)} trùng với dòng ${p.otherRow} trong cùng tệp.`,
  duplicate_member: (p) =>
    `Dòng ${p.row}: đoàn viên “${p.name}” (sinh ngày ${p.birth}, đơn vị ${v(p)}) trùng với dòng ${p.otherRow} trong cùng tệp.`,
};

const en: Record<RowProblem, Template> = {
  missing_columns: (p) =>
    `Row ${p.row}: the file lacks the required columns ${list(p.missing)}. ` +
    (p.found?.length
      ? `Columns found: ${list(p.found)}.`
      : "No header row was found; the first row must name the columns."),
  required: (p) => `Row ${p.row}: ${c(p)} is empty.`,
  too_long: (p) => `Row ${p.row}: ${c(p)} is longer than ${p.max} characters.`,
  invalid_date: (p) => `Row ${p.row}: ${c(p)} ${v(p)} is not a valid date (dd/mm/yyyy).`,
  year_only: (p) => `Row ${p.row}: ${c(p)} ${v(p)} is only a year; give day, month and year (dd/mm/yyyy).`,
  implausible_birth: (p) =>
    `Row ${p.row}: ${c(p)} ${v(p)} is implausible (members are born in 1900 or later and at least 15).`,
  implausible_join: (p) =>
    `Row ${p.row}: ${c(p)} ${v(p)} is implausible (it must follow the birth date and not be in the future).`,
  invalid_gender: (p) =>
    `Row ${p.row}: ${c(p)} ${v(p)} is not valid (use Nam/Male, Nữ/Female or Khác/Other).`,
  invalid_status: (p) =>
    `Row ${p.row}: ${c(p)} ${v(p)} is not valid (use Đang sinh hoạt/Active, Đã chuyển đi/Left or Nghỉ hưu/Retired).`,
  invalid_phone: (p) =>
    `Row ${p.row}: ${c(p)} ${v(p)} is not a valid phone number (10 digits starting with 0, or +84…).`,
  invalid_email: (p) => `Row ${p.row}: ${c(p)} ${v(p)} is not a valid email address.`,
  unknown_unit: (p) => `Row ${p.row}: unit code ${v(p)} is not in the organisation tree.`,
  unit_out_of_scope: (p) => `Row ${p.row}: unit ${v(p)} is outside your permission scope.`,
  duplicate_code: (p) => `Row ${p.row}: ${c(p)} ${v(p)} repeats row ${p.otherRow} of the same file.`,
  duplicate_member: (p) =>
    `Row ${p.row}: member “${p.name}” (born ${p.birth}, unit ${v(p)}) repeats row ${p.otherRow} of the same file.`,
};

const templates: Record<Locale, Record<RowProblem, Template>> = { vi, en };

export function problemMessage(locale: Locale, problem: RowProblem, params: ProblemParams): string {
  return templates[locale][problem](params);
}
