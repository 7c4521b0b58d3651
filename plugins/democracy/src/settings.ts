import { setting, z } from "@congdoan/plugin-sdk";

/** A document every conference is expected to adopt or review (the tenant edits this list). */
export const checklistItemSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, "Mã tài liệu chỉ gồm chữ thường không dấu, số và gạch nối"),
  title: z.string().trim().min(3, "Tên tài liệu quá ngắn").max(200),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const DEFAULT_CHECKLIST: ChecklistItem[] = [
  { id: "chi-tieu-noi-bo", title: "Quy chế chi tiêu nội bộ" },
  { id: "thi-dua-khen-thuong", title: "Quy chế thi đua khen thưởng" },
  { id: "lam-viec", title: "Quy chế làm việc" },
  { id: "phoi-hop-bch-bgh", title: "Quy chế phối hợp giữa BCH công đoàn và Ban Giám hiệu" },
  { id: "dan-chu", title: "Quy chế dân chủ ở cơ sở" },
];

/** Per-tenant settings: one schema gives validation, types and defaults. */
export const settingsSchema = z.object({
  /** Quorum: present ≥ numerator/denominator of those invited (2/3 by the regulation). */
  quorumNumerator: setting(
    z.number().int().min(1).max(100).default(2),
    { vi: "Số đại biểu tối thiểu: tử số", en: "Quorum: numerator" },
    { vi: "Mặc định 2/3 số được triệu tập.", en: "By default 2/3 of those invited." },
  ),
  quorumDenominator: setting(z.number().int().min(1).max(100).default(3), {
    vi: "Số đại biểu tối thiểu: mẫu số",
    en: "Quorum: denominator",
  }),
  /** Default deadline inside the school year, "MM-DD" (31/10). */
  defaultDeadline: setting(
    z
      .string()
      .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Dạng tháng-ngày, ví dụ 10-31")
      .default("10-31"),
    {
      vi: "Hạn tổ chức hội nghị trong năm học (tháng-ngày)",
      en: "Conference deadline in the school year (month-day)",
    },
    { vi: "Ví dụ 10-31 là ngày 31/10.", en: "E.g. 10-31 is 31 October." },
  ),
  /** Checklist copied into every new campaign. */
  documentChecklist: setting(
    z.array(checklistItemSchema).max(30).default(DEFAULT_CHECKLIST),
    { vi: "Danh mục văn bản mỗi hội nghị thông qua", en: "Documents every conference adopts" },
    { vi: "Chép vào mỗi đợt mới.", en: "Copied into every new campaign." },
  ),
  /** Every absent person must be listed by name with a reason (otherwise the list is optional). */
  requireAbsenceReasons: setting(z.boolean().default(false), {
    vi: "Bắt buộc ghi tên và lý do người vắng mặt",
    en: "Absent people must be named with a reason",
  }),
  /** Refuse to close a conference without an uploaded minutes file (biên bản). */
  requireMinutesToClose: setting(z.boolean().default(false), {
    vi: "Chỉ khoá hội nghị khi đã có biên bản",
    en: "A conference closes only with its minutes uploaded",
  }),
  /** School year shown on the public scoreboard; empty = the latest year with a campaign. */
  publicSchoolYear: setting(
    z.string().default(""),
    { vi: "Năm học trên bảng công khai", en: "School year on the public board" },
    {
      vi: "Dạng 2025-2026; để trống = năm gần nhất có đợt.",
      en: "Like 2025-2026; empty = the latest year with a campaign.",
    },
  ),
  pageSize: setting(z.number().int().min(5).max(100).default(50), {
    vi: "Số dòng mỗi trang danh sách",
    en: "Rows per list page",
  }),
});
export type Settings = z.infer<typeof settingsSchema>;
