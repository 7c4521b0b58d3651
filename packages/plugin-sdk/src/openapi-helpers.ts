import { z } from "@hono/zod-openapi";

/**
 * Pieces every route definition repeats, for the host and the plugins alike. The error shape is the
 * one the host's error mapper sends for every 4xx/5xx.
 */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "tenant_not_found" }),
      message: z.string().openapi({ example: "Không tìm thấy liên đoàn lao động có mã “abc”." }),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      /** Structured facts about a refusal, as the route documents them (e.g. which records block it). */
      details: z.record(z.string(), z.unknown()).optional(),
    }),
    requestId: z.string(),
  })
  .openapi("Error");

/** A required JSON body: without `required`, a request with another content type would skip validation. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true as const,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description = "Kết quả") => ({
  description,
  content: { "application/json": { schema } },
});

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});

export const readErrors = {
  400: errorResponse("Yêu cầu không hợp lệ"),
  401: errorResponse("Chưa đăng nhập"),
  403: errorResponse("Không có quyền"),
  404: errorResponse("Không tìm thấy"),
};

export const writeErrors = {
  ...readErrors,
  409: errorResponse("Xung đột: dữ liệu vừa thay đổi, trùng hoặc đã khoá"),
};

/** `expectedVersion` of optimistic updates. */
export const versionSchema = z.number().int().min(1);
