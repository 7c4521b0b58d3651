import { z } from "@hono/zod-openapi";

/**
 * Request and answer schemas for a module's upload routes, the same in every module: the browser
 * asks for a form with `UploadRequestSchema`, posts the file to the form, then sends `AdoptSchema`'s
 * fields (with the module's own) to the route that attaches the file to a record.
 */
export const UploadRequestSchema = z.object({
  fileName: z.string().min(1).max(200),
  contentType: z.string().min(3).max(120),
  size: z.number().int().min(1),
});

export const UploadFormSchema = z
  .object({
    url: z.string(),
    fields: z.record(z.string(), z.string()),
    key: z.string(),
    maxBytes: z.number().int(),
    expiresAt: z.string(),
  })
  .openapi("UploadForm");

/** The key the form answered (the host's file keys are `f` and 24 hex digits) and the shown name. */
export const AdoptSchema = z.object({
  key: z.string().regex(/^f[0-9a-f]{24}$/, "mã tệp không hợp lệ"),
  fileName: z.string().min(1).max(200),
});
