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
/** dd/mm/yyyy → yyyy-mm-dd, or undefined */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  return `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}
export const year = (label: string) => label.replace("-", "–");
