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
  campaigns: { vi: "Các đợt hội nghị", en: "Campaigns" },
  noCampaigns: { vi: "Chưa có đợt nào cho năm học này.", en: "No campaign for this school year." },
  allYears: { vi: "Tất cả năm học", en: "All school years" },
  newCampaign: { vi: "Mở đợt mới", en: "Open a campaign" },
  scopeUnit: {
    vi: "Mã đơn vị phạm vi (liên đoàn hoặc quận/huyện)",
    en: "Scope unit id (federation or district)",
  },
  deadline: { vi: "Hạn tổ chức (dd/mm/yyyy)", en: "Deadline (dd/mm/yyyy)" },
  title: { vi: "Tên đợt", en: "Title" },
  titleHint: { vi: "Để trống: tên mặc định theo năm học", en: "Empty: default title for the year" },
  badDate: { vi: "Ngày dạng dd/mm/yyyy, ví dụ 31/10/2025", en: "Date as dd/mm/yyyy, e.g. 31/10/2025" },
  create: { vi: "Mở đợt", en: "Open" },
  statusOpen: { vi: "Đang mở", en: "Open" },
  statusClosed: { vi: "Đã kết thúc", en: "Closed" },
  unitsRequired: { vi: "{n} đơn vị phải tổ chức", en: "{n} units required" },
  manage: { vi: "Quản lý", en: "Manage" },
  checklist: { vi: "Danh mục văn bản cần thông qua", en: "Document checklist" },
  addItem: { vi: "Thêm văn bản", en: "Add a document" },
  remove: { vi: "Xoá", en: "Remove" },
  itemTitle: { vi: "Tên văn bản", en: "Document title" },
  itemId: { vi: "Mã (chữ thường, gạch nối)", en: "Id (lowercase, hyphens)" },
  units: { vi: "Đơn vị phải tổ chức", en: "Units" },
  requiredUnit: { vi: "Bắt buộc", en: "Required" },
  copyNext: { vi: "Sao chép sang năm học sau", en: "Copy to next year" },
  closeCampaign: { vi: "Kết thúc đợt (chốt số liệu)", en: "Close the campaign" },
  confirmClose: { vi: "Kết thúc đợt? Số liệu sẽ được chốt.", en: "Close the campaign? Figures are frozen." },
  copied: { vi: "Đã sao chép sang năm học {y}.", en: "Copied to {y}." },
  held: { vi: "Đã tổ chức", en: "Held" },
  remind: { vi: "Nhắc nhở", en: "Remind" },
  remindSelected: { vi: "Nhắc nhở các đơn vị đã chọn", en: "Remind selected units" },
  reminded: { vi: "đã nhắc {d}", en: "reminded {d}" },
  remindedOk: { vi: "Đã ghi nhắc nhở {n} đơn vị.", en: "Reminder recorded for {n} units." },
  resolution: { vi: "Nghị quyết hội nghị", en: "Resolution" },
  summary: { vi: "Nội dung chính", en: "Summary" },
  targets: { vi: "Chỉ tiêu", en: "Targets" },
  target: { vi: "Mức chỉ tiêu", en: "Target" },
  addTarget: { vi: "Thêm chỉ tiêu", en: "Add a target" },
  opinions: { vi: "Ý kiến của người lao động", en: "Opinions raised" },
  topic: { vi: "Ý kiến", en: "Opinion" },
  answer: { vi: "Trả lời / tiếp thu", en: "Answer" },
  addOpinion: { vi: "Thêm ý kiến", en: "Add an opinion" },
  files: { vi: "Tệp văn bản và biên bản", en: "Document files and minutes" },
  minutes: { vi: "Biên bản hội nghị", en: "Minutes" },
  upload: { vi: "Tải lên", en: "Upload" },
  download: { vi: "Tải xuống", en: "Download" },
  attachTo: { vi: "Gắn vào", en: "Attach to" },
  noFile: { vi: "Chưa có tệp", en: "No file" },
  chooseFile: { vi: "Chọn một tệp", en: "Choose a file" },
  reopen: { vi: "Mở lại hội nghị", en: "Reopen" },
  reason: { vi: "Lý do mở lại", en: "Reason" },
  followUps: { vi: "Kiểm tra thực hiện nghị quyết", en: "Resolution follow-up" },
  midYear: { vi: "Giữa năm", en: "Mid-year" },
  yearEnd: { vi: "Cuối năm", en: "Year-end" },
  stage: { vi: "Đợt kiểm tra", en: "Check" },
  achieved: { vi: "Đạt", en: "Achieved" },
  inProgress: { vi: "Đang thực hiện", en: "In progress" },
  notAchieved: { vi: "Không đạt", en: "Not achieved" },
  comment: { vi: "Nhận xét", en: "Comment" },
  checkedOn: { vi: "Kiểm tra ngày {d} ({by})", en: "Checked {d} ({by})" },
  noTargets: { vi: "Nghị quyết chưa có chỉ tiêu.", en: "The resolution has no targets yet." },
  trendTitle: {
    vi: "Tỷ lệ đơn vị đã tổ chức hội nghị qua các năm học",
    en: "Share of units that held their conference, by school year",
  },
  drafts: { vi: "Dự thảo gửi trước hội nghị", en: "Drafts sent before the conference" },
  noDrafts: { vi: "Chưa có dự thảo nào.", en: "No drafts yet." },
  uploadDraft: { vi: "Tải lên dự thảo", en: "Upload a draft" },
  exportXlsx: { vi: "Tải bảng Excel", en: "Download Excel" },
  saveResolution: { vi: "Ghi nghị quyết và ý kiến", en: "Record resolution and opinions" },
  saveFollowUp: { vi: "Ghi kết quả kiểm tra", en: "Record the check" },
  back: { vi: "← Quay lại", en: "← Back" },
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

/** "31/10/2025" → "2025-10-31"; undefined when it is not a real date. */
export function parseViDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]?.padStart(2, "0")}-${m[1]?.padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** "2026-11-23T08:00:00Z" → "23/11/2026". */
export const dateTimeVi = (iso: string | undefined) => dateVi(iso?.slice(0, 10));
