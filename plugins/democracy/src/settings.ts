import { z } from "@congdoan/plugin-sdk";

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
  quorumNumerator: z.number().int().min(1).max(100).default(2),
  quorumDenominator: z.number().int().min(1).max(100).default(3),
  /** Default deadline inside the school year, "MM-DD" (31/10). */
  defaultDeadline: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .default("10-31"),
  /** Checklist copied into every new campaign. */
  documentChecklist: z.array(checklistItemSchema).max(30).default(DEFAULT_CHECKLIST),
  /** Every absent person must be listed by name with a reason (otherwise the list is optional). */
  requireAbsenceReasons: z.boolean().default(false),
  /** Refuse to close a conference without an uploaded minutes file (biên bản). */
  requireMinutesToClose: z.boolean().default(false),
  /** School year shown on the public scoreboard; empty = the latest year with a campaign. */
  publicSchoolYear: z.string().default(""),
  pageSize: z.number().int().min(5).max(100).default(50),
});
export type Settings = z.infer<typeof settingsSchema>;
