import { errorResponse, jsonBody, readErrors } from "@congdoan/plugin-sdk";
import { z } from "@hono/zod-openapi";

/** Shapes every route shares: a JSON body, a JSON answer, and the error answers (the SDK's). */
export const body = jsonBody;

export const errors = {
  ...readErrors,
  409: errorResponse("Xung đột: hết kinh phí, đủ chỉ tiêu, trùng, hoặc vừa bị người khác sửa"),
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
