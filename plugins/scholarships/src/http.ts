import { z } from "@hono/zod-openapi";

/** Shapes every route shares: a JSON body, a JSON answer, and the error answers. */
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true as const,
  content: { "application/json": { schema } },
});

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  requestId: z.string(),
});
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorSchema } },
});
export const errors = {
  400: error("Dữ liệu không hợp lệ"),
  401: error("Chưa đăng nhập"),
  403: error("Không có quyền"),
  404: error("Không có"),
  409: error("Xung đột: hết kinh phí, đủ chỉ tiêu, trùng, hoặc vừa bị người khác sửa"),
};

const Anything = z.record(z.string(), z.unknown());
export const ok = (description: string) => ({
  200: { description, content: { "application/json": { schema: Anything } } },
  ...errors,
});
export const created = (description: string) => ({
  201: { description, content: { "application/json": { schema: Anything } } },
  ...errors,
});

export const ProgrammeParam = z.object({ programmeId: z.string().min(1).max(80) });
export const NominationParam = ProgrammeParam.extend({ nominationId: z.string().min(1).max(80) });
export const FundParam = ProgrammeParam.extend({ fundId: z.string().min(1).max(80) });
export const Paging = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export const Version = z.number().int().min(1);
