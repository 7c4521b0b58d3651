import { z } from "@congdoan/plugin-sdk";

/** Per-tenant settings (one schema: validation, types and defaults). */
export const settingsSchema = z.object({
  /** Classification thresholds on the 0–100 total score. */
  thresholds: z
    .object({
      xuatSac: z.number().min(0).max(100).default(90),
      tot: z.number().min(0).max(100).default(80),
      hoanThanh: z.number().min(0).max(100).default(50),
    })
    .default({ xuatSac: 90, tot: 80, hoanThanh: 50 }),
  /**
   * Largest evidence file. Files go from the browser straight to storage, so the ceiling is the
   * host's 10 MB; the default stays where it was when files travelled inside JSON requests.
   */
  evidenceMaxBytes: z
    .number()
    .int()
    .min(1024)
    .max(10 * 1024 * 1024)
    .default(700_000),
  /** Graders needed before an initiative can be recognised. */
  minGraders: z.number().int().min(1).max(7).default(2),
  /** Average grade (out of 10) for A / B / C; below C the initiative is not recognised. */
  initiativeGrades: z
    .object({ a: z.number().default(8.5), b: z.number().default(7), c: z.number().default(5) })
    .default({ a: 8.5, b: 7, c: 5 }),
  /** School year shown on the public ranking; empty = the latest year with a ranking. */
  publicSchoolYear: z.string().default(""),
  pageSize: z.number().int().min(5).max(100).default(50),
});
export type Settings = z.infer<typeof settingsSchema>;
