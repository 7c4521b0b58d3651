import { parseDayMonthYear } from "@congdoan/core/format";
import type { WebLocale } from "@congdoan/plugin-sdk/web";

/** The module's own words, Vietnamese first. */
const vi = {
  programmes: "Chương trình học bổng",
  empty: "Chưa có chương trình học bổng nào.",
  schoolYear: "Năm học",
  budget: "Tổng kinh phí",
  committed: "Đã duyệt",
  paid: "Đã trao",
  available: "Còn lại",
  funds: "Quỹ",
  awards: "Số suất",
  window: "Thời hạn đề cử",
  nominate: "Đề cử",
  review: "Chấm hồ sơ",
  ranking: "Xếp hạng",
  nominations: "Hồ sơ đề cử của đơn vị",
  noNominations: "Đơn vị chưa có hồ sơ đề cử.",
  unit: "CĐCS",
  parent: "Cha/mẹ (đoàn viên)",
  category: "Loại học bổng",
  childName: "Họ tên của cháu",
  dateOfBirth: "Ngày sinh (dd/mm/yyyy)",
  school: "Trường",
  grade: "Lớp",
  schoolLevel: "Cấp học",
  average: "Điểm trung bình năm học",
  achievements: "Thành tích",
  hardship: "Hoàn cảnh gia đình",
  submit: "Gửi đề cử",
  check: "Kiểm tra điều kiện",
  eligible: "Đủ điều kiện.",
  quota: "Chỉ tiêu",
  nominated: "đã đề cử",
  approved: "đã duyệt",
  saved: "Đã ghi.",
  noReviews: "Chưa có hồ sơ nào được giao cho bạn.",
  score: "Lưu điểm",
  total: "Điểm",
  approve: "Duyệt",
  decisionNumber: "Số quyết định",
  decisionDate: "Ngày quyết định (dd/mm/yyyy)",
  approveRanked: "Duyệt theo thứ hạng",
  exportXlsx: "Danh sách trao (Excel)",
  unreviewed: "hồ sơ chưa chấm xong",
  status: {
    submitted: "Chờ xét",
    approved: "Đã duyệt",
    waiting: "Danh sách chờ",
    rejected: "Không duyệt",
    withdrawn: "Đã rút",
    paid: "Đã trao",
  },
  categories: { "hoc-gioi": "Học giỏi", "vuot-kho": "Vượt khó", "hoc-gioi-vuot-kho": "Học giỏi, vượt khó" },
  levels: { "tieu-hoc": "Tiểu học", thcs: "THCS", thpt: "THPT", "mam-non": "Mầm non" },
  district: "Quận/huyện",
  badDate: "Ngày có dạng dd/mm/yyyy",
  required: "Bắt buộc",
  file: "Hồ sơ",
  decide: "Quyết định",
  reason: "Lý do",
  reject: "Không duyệt",
  withdraw: "Rút suất",
  wait: "Đưa vào danh sách chờ",
  payment: "Ghi nhận đã trao",
  paidOn: "Ngày trao (dd/mm/yyyy)",
  method: "Hình thức",
  methods: { "tien-mat": "Tiền mặt", "chuyen-khoan": "Chuyển khoản" },
  reference: "Số chứng từ / mã giao dịch",
  receivedBy: "Người nhận (ký nhận)",
  amount: "Số tiền",
  reviews: "Số lượt chấm xong",
  joinPanel: "Tham gia hội đồng xét",
  joined: "Bạn đã ở trong hội đồng xét.",
  assign: "Giao hồ sơ cho hội đồng",
  assigned: "Số lượt giao mới",
  panel: "Hội đồng xét",
  noPanel: "Hội đồng chưa có ai.",
  open: "Mở",
  back: "← Chương trình",
  byStatus: "Hồ sơ theo trạng thái",
  statusLabel: "Trạng thái",
  noneWithStatus: "Không có hồ sơ nào ở trạng thái này.",
  previousYear: "năm học",
  more: "Xem thêm",
  evidence: "Minh chứng (giấy khen, học bạ, xác nhận hoàn cảnh)",
  evidenceHint: "PDF, ảnh (PNG, JPEG, WebP), Word, Excel hoặc CSV; tối đa 10 MB mỗi tệp, 10 tệp mỗi hồ sơ.",
  evidenceTooLarge: "Tệp quá lớn ({size}); mỗi tệp tối đa 10 MB.",
  evidenceNone: "Chưa đính kèm minh chứng nào.",
  evidenceUploading: "Đang tải tệp lên…",
  evidenceTooMany: "Mỗi hồ sơ đính kèm tối đa 10 tệp.",
  evidenceRemove: "Bỏ",
  evidenceErased: "Minh chứng đã bị xoá cùng dữ liệu cá nhân.",
  awardUnit: "suất",
  paidCount: "Số suất đã trao",
  paidAmount: "Số tiền đã trao",
  requiredNote: "Mục có dấu * là bắt buộc.",
  chooseParent: "— Chọn cha/mẹ —",
  parentRequired: "Chọn cha/mẹ của cháu trong danh sách đoàn viên của CĐCS",
  noMembers: "CĐCS chưa có đoàn viên nào đang sinh hoạt: cần thêm đoàn viên trước khi đề cử.",
  unitRequired: "Chọn CĐCS đề cử",
  impossibleDate: "Ngày {date} không có thật",
  marks: "Điểm từ 0 đến 10, ví dụ 8,5",
  sending: "Đang gửi…",
  nominatedOk: "Đã ghi hồ sơ {code}. Biểu mẫu đã để trống để đề cử cháu tiếp theo.",
  openSaved: "Xem hồ sơ {code}",
  chars: "{n}/{max} ký tự",
  unitQuota: "Chỉ tiêu của CĐCS: {quota} · {nominated} đã đề cử · {approved} đã duyệt",
  noQuota: "không giới hạn",
  overQuota: "{nominated}/{quota} — vượt chỉ tiêu, chỉ {quota} được duyệt",
  atQuota: "Đã đề cử đủ {quota}/{quota}: hồ sơ thêm vượt chỉ tiêu, chỉ {quota} được duyệt",
};
export type Text = typeof vi;

const en: Text = {
  ...vi,
  programmes: "Scholarship programmes",
  empty: "No scholarship programme yet.",
  schoolYear: "School year",
  budget: "Budget",
  committed: "Approved",
  paid: "Handed out",
  available: "Available",
  funds: "Funds",
  awards: "Awards",
  window: "Nomination window",
  nominate: "Nominate",
  review: "Review",
  ranking: "Ranking",
  nominations: "Your unit's nominations",
  noNominations: "No nomination from your unit yet.",
  unit: "Grassroots union",
  parent: "Parent (member)",
  category: "Category",
  childName: "Child's full name",
  dateOfBirth: "Date of birth (dd/mm/yyyy)",
  school: "School",
  grade: "Class",
  schoolLevel: "School level",
  average: "Average mark",
  achievements: "Achievements",
  hardship: "Family hardship",
  submit: "Submit nomination",
  check: "Check eligibility",
  eligible: "Eligible.",
  quota: "Quota",
  nominated: "nominated",
  approved: "approved",
  saved: "Saved.",
  noReviews: "No file has been assigned to you.",
  score: "Save scores",
  total: "Score",
  approve: "Approve",
  decisionNumber: "Decision number",
  decisionDate: "Decision date (dd/mm/yyyy)",
  approveRanked: "Approve in rank order",
  exportXlsx: "Ceremony list (Excel)",
  unreviewed: "files not fully reviewed",
  status: {
    submitted: "Pending",
    approved: "Approved",
    waiting: "Waiting list",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    paid: "Handed out",
  },
  categories: { "hoc-gioi": "Good results", "vuot-kho": "Hardship", "hoc-gioi-vuot-kho": "Both" },
  levels: { "tieu-hoc": "Primary", thcs: "Lower secondary", thpt: "Upper secondary", "mam-non": "Preschool" },
  district: "District",
  badDate: "Dates are dd/mm/yyyy",
  required: "Required",
  file: "File",
  decide: "Decision",
  reason: "Reason",
  reject: "Reject",
  withdraw: "Withdraw award",
  wait: "Put on the waiting list",
  payment: "Record hand-out",
  paidOn: "Handed out on (dd/mm/yyyy)",
  method: "Method",
  methods: { "tien-mat": "Cash", "chuyen-khoan": "Bank transfer" },
  reference: "Voucher / transfer reference",
  receivedBy: "Received by (signature)",
  amount: "Amount",
  reviews: "Completed reviews",
  joinPanel: "Join the review panel",
  joined: "You are on the review panel.",
  assign: "Assign files to the panel",
  assigned: "New assignments",
  panel: "Review panel",
  noPanel: "Nobody on the panel yet.",
  open: "Open",
  back: "← Programme",
  byStatus: "Files by status",
  statusLabel: "Status",
  noneWithStatus: "No file with this status.",
  previousYear: "school year",
  more: "Show more",
  evidence: "Evidence (certificates, school report, hardship confirmation)",
  evidenceHint:
    "PDF, pictures (PNG, JPEG, WebP), Word, Excel or CSV; up to 10 MB each, 10 files per nomination.",
  evidenceTooLarge: "The file is too large ({size}); each file can be at most 10 MB.",
  evidenceNone: "No evidence attached yet.",
  evidenceUploading: "Uploading the file…",
  evidenceTooMany: "A file can have at most 10 attachments.",
  evidenceRemove: "Remove",
  evidenceErased: "The evidence was erased with the personal data.",
  awardUnit: "awards",
  paidCount: "Awards handed out",
  paidAmount: "Amount handed out",
  requiredNote: "Fields marked * are required.",
  chooseParent: "— Choose the parent —",
  parentRequired: "Choose the child's parent among the union's members",
  noMembers: "The union has no active member yet: add members before nominating.",
  unitRequired: "Choose the nominating union",
  impossibleDate: "{date} is not a real date",
  marks: "Marks go from 0 to 10, e.g. 8.5",
  sending: "Sending…",
  nominatedOk: "File {code} saved. The form is empty again for the next child.",
  openSaved: "Open file {code}",
  chars: "{n}/{max} characters",
  unitQuota: "Union's quota: {quota} · {nominated} nominated · {approved} approved",
  noQuota: "no limit",
  overQuota: "{nominated}/{quota} — over the quota, only {quota} can be approved",
  atQuota: "{quota}/{quota} already nominated: another file is over the quota, only {quota} can be approved",
};

export const textFor = (locale: WebLocale): Text => (locale === "en" ? en : vi);

/** 1.500.000 ₫ */
export const money = (n: number) =>
  `${Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`;
export const count = (n: number) =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
/** yyyy-mm-dd → dd/mm/yyyy */
export const date = (iso: string) => iso.split("-").reverse().join("/");
/** dd/mm/yyyy → yyyy-mm-dd, or undefined when it is not a real day (core's form parser). */
export const parseDate = (text: string): string | undefined => parseDayMonthYear(text);

/**
 * A typed date with what is wrong with it, so the page can say which: nothing typed, not written
 * dd/mm/yyyy, or written right but not a day of the calendar (31/02/2015). Core's parser answers
 * undefined for both of the last two; the shape decides which message fits.
 */
export function readDate(
  text: string,
): { iso: string } | { problem: "empty" } | { problem: "format" } | { problem: "impossible" } {
  if (!text.trim()) return { problem: "empty" };
  const iso = parseDayMonthYear(text);
  if (iso) return { iso };
  return DAY_MONTH_YEAR_SHAPE.test(text.trim()) ? { problem: "impossible" } : { problem: "format" };
}
const DAY_MONTH_YEAR_SHAPE = /^(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](19|20)\d\d$/;

/** "Đã ghi hồ sơ {code}." with its blanks filled. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
/** 340 KB, 1,2 MB (Vietnamese decimal comma); 1.2 MB in English. */
export function fileSize(bytes: number, locale: WebLocale): string {
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), "MB"]
      : bytes >= 1024
        ? [bytes / 1024, "KB"]
        : [bytes, "B"];
  const shown = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", {
    maximumFractionDigits: 1,
  }).format(value);
  return `${shown} ${unit}`;
}
export const year = (label: string) => label.replace("-", "–");
