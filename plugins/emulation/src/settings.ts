import { setting, z } from "@congdoan/plugin-sdk";

/** Per-tenant settings (one schema: validation, types and defaults). */
export const settingsSchema = z.object({
  /** Classification thresholds on the 0–100 total score. */
  thresholds: setting(
    z
      .object({
        xuatSac: setting(z.number().min(0).max(100).default(90), { vi: "Xuất sắc từ", en: "Excellent from" }),
        tot: setting(z.number().min(0).max(100).default(80), { vi: "Tốt từ", en: "Good from" }),
        hoanThanh: setting(z.number().min(0).max(100).default(50), {
          vi: "Hoàn thành từ",
          en: "Completed from",
        }),
      })
      .default({ xuatSac: 90, tot: 80, hoanThanh: 50 }),
    { vi: "Ngưỡng xếp loại (điểm trên 100)", en: "Classification thresholds (score out of 100)" },
    {
      vi: "Dưới ngưỡng Hoàn thành là Không hoàn thành. Kết quả đã chấp nhận không xếp loại lại.",
      en: "Below Completed is Not completed. Results already accepted are not re-classified.",
    },
  ),
  /**
   * Largest evidence file. Files go from the browser straight to storage, so the ceiling is the
   * host's 10 MB; the default stays where it was when files travelled inside JSON requests.
   */
  evidenceMaxBytes: setting(
    z
      .number()
      .int()
      .min(1024)
      .max(10 * 1024 * 1024)
      .default(700_000),
    { vi: "Dung lượng tối đa mỗi tệp minh chứng (byte)", en: "Largest evidence file (bytes)" },
    { vi: "Ví dụ 700.000 ≈ 0,7 MB; tối đa 10 MB.", en: "E.g. 700,000 ≈ 0.7 MB; at most 10 MB." },
  ),
  /** Graders needed before an initiative can be recognised. */
  minGraders: setting(z.number().int().min(1).max(7).default(2), {
    vi: "Số người chấm tối thiểu cho một sáng kiến",
    en: "Graders needed per initiative",
  }),
  /** Average grade (out of 10) for A / B / C; below C the initiative is not recognised. */
  initiativeGrades: setting(
    z
      .object({
        a: setting(z.number().default(8.5), { vi: "Loại A từ", en: "Grade A from" }),
        b: setting(z.number().default(7), { vi: "Loại B từ", en: "Grade B from" }),
        c: setting(z.number().default(5), { vi: "Loại C từ", en: "Grade C from" }),
      })
      .default({ a: 8.5, b: 7, c: 5 }),
    { vi: "Xếp loại sáng kiến (điểm trung bình trên 10)", en: "Initiative grades (average out of 10)" },
    { vi: "Dưới loại C: không công nhận.", en: "Below C: not recognised." },
  ),
  /** School year shown on the public ranking; empty = the latest year with a ranking. */
  publicSchoolYear: setting(
    z.string().default(""),
    { vi: "Năm học trên bảng xếp hạng công khai", en: "School year on the public ranking" },
    {
      vi: "Dạng 2025-2026; để trống = năm gần nhất có xếp hạng.",
      en: "Like 2025-2026; empty = the latest year ranked.",
    },
  ),
  pageSize: setting(z.number().int().min(5).max(100).default(50), {
    vi: "Số dòng mỗi trang danh sách",
    en: "Rows per list page",
  }),
});
export type Settings = z.infer<typeof settingsSchema>;
