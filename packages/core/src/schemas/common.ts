import { z } from "zod";

/** A short, URL-safe identifier: tenant slugs, plugin ids, unit ids. */
export const slugSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ: ha-noi).",
  );

export const localizedTextSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});

/** ISO calendar date (yyyy-mm-dd) as stored; screens show dd/mm/yyyy. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày phải có dạng yyyy-mm-dd.");

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** Structured facts about a refusal, for the page to show beside the message. */
    details: z.record(z.string(), z.unknown()).optional(),
  }),
  requestId: z.string(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
