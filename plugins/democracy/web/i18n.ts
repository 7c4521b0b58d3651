import type { WebLocale } from "@congdoan/plugin-sdk/web";

const dict = {
  compliance: { vi: "Tình hình tổ chức hội nghị", en: "Conference compliance" },
  schoolYear: { vi: "Năm học", en: "School year" },
  district: { vi: "Đơn vị", en: "District" },
  cbccvc: { vi: "Hội nghị CBCCVC", en: "Officials' conference" },
  nld: { vi: "Hội nghị người lao động", en: "Workers' conference" },
  documents: { vi: "Văn bản thông qua", en: "Documents adopted" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  quorum: { vi: "Đủ số đại biểu", en: "With quorum" },
  notHeld: { vi: "Đơn vị chưa tổ chức", en: "Units not yet held" },
  allHeld: { vi: "Tất cả đơn vị đã tổ chức hội nghị.", en: "Every unit has held its conference." },
  noData: { vi: "Chưa có đợt hội nghị nào. Liên đoàn mở đợt cho năm học trước.", en: "No campaign yet." },
  exportCsv: { vi: "Tải bảng CSV", en: "Download CSV" },
  report: { vi: "Báo cáo in", en: "Printable report" },
  previous: { vi: "Năm trước", en: "Previous year" },
  total: { vi: "Toàn liên đoàn", en: "Whole federation" },
  planned: { vi: "Đã lên kế hoạch", en: "Planned" },
  none: { vi: "Chưa chuẩn bị", en: "Not prepared" },
  open: { vi: "Mở", en: "Open" },
  conference: { vi: "Hội nghị", en: "Conference" },
  prepare: { vi: "Chuẩn bị hội nghị", en: "Prepare the conference" },
  date: { vi: "Ngày tổ chức", en: "Date" },
  place: { vi: "Địa điểm", en: "Place" },
  agenda: { vi: "Chương trình (mỗi dòng một nội dung)", en: "Agenda (one item per line)" },
  format: { vi: "Hình thức", en: "Format" },
  full: { vi: "Toàn thể", en: "Full" },
  delegates: { vi: "Đại biểu", en: "Delegates" },
  kind: { vi: "Loại hội nghị", en: "Kind" },
  save: { vi: "Lưu", en: "Save" },
  attendance: { vi: "Điểm danh", en: "Attendance" },
  invited: { vi: "Số được triệu tập", en: "Invited" },
  present: { vi: "Số có mặt", en: "Present" },
  quorumOk: { vi: "Đủ số đại biểu (cần {n})", en: "Quorum met (needs {n})" },
  quorumMissing: {
    vi: "Chưa đủ số đại biểu: cần ít nhất {n} người có mặt",
    en: "No quorum: at least {n} must be present",
  },
  adopted: { vi: "Văn bản thông qua", en: "Adopted documents" },
  closeConf: { vi: "Kết thúc và khoá hội nghị", en: "Close and lock" },
  locked: {
    vi: "Hội nghị đã khoá. Muốn sửa cần mở lại (có lý do).",
    en: "Locked. Reopen with a reason to correct.",
  },
  saved: { vi: "Đã lưu.", en: "Saved." },
  loading: { vi: "Đang tải…", en: "Loading…" },
  required: { vi: "Không được để trống", en: "Required" },
  trend: { vi: "Qua các năm học", en: "Over the years" },
} as const;

export type Key = keyof typeof dict;

export function t(locale: WebLocale, key: Key, params: Record<string, string | number> = {}): string {
  let text: string = dict[key][locale] ?? dict[key].vi;
  for (const [k, v] of Object.entries(params)) text = text.replace(`{${k}}`, String(v));
  return text;
}

/** 2152 → "2.152" (vi) / "2,152" (en). */
export const num = (locale: WebLocale, n: number) =>
  String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "vi" ? "." : ",");

/** "2025-10-15" → "15/10/2025". */
export const dateVi = (iso: string | undefined) => (iso ? iso.split("-").reverse().join("/") : "");

export const yearLabel = (year: string | undefined) => (year ?? "").replace("-", "–");
