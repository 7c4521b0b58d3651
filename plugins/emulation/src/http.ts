import {
  AppError,
  BadRequestError,
  ConflictError,
  ForbiddenError,
  type LocalizedText,
  UnauthorizedError,
  VersionMismatchError,
} from "@congdoan/core";
import type { TenantStore, TransactionOp } from "@congdoan/db";
import { type PluginEnv, z } from "@congdoan/plugin-sdk";
import type { Context } from "hono";
import type { Settings } from "./settings";

export type Ctx = Context<PluginEnv<Settings>>;

export const json = <T extends z.ZodType>(schema: T) => ({
  required: true as const,
  content: { "application/json": { schema } },
});

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  requestId: z.string(),
});
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: ErrorBody } },
});
export const readErrors = {
  400: error("Yêu cầu không hợp lệ"),
  401: error("Chưa đăng nhập"),
  403: error("Không có quyền"),
  404: error("Không tìm thấy"),
};
export const writeErrors = { ...readErrors, 409: error("Xung đột: dữ liệu vừa thay đổi hoặc đã khoá") };

export const ok = <T extends z.ZodType>(schema: T, description = "Kết quả") => ({
  description,
  content: { "application/json": { schema } },
});

export function actor(c: Ctx): string {
  const user = c.var.user;
  if (!user) throw new UnauthorizedError();
  return user.username;
}

export const nowIso = () => new Date().toISOString();

/**
 * Rejections: the host translates the frame, the detail is ours — given as `{ vi, en }` so an
 * English reader gets it in English (a plain string is shown as it is in both languages).
 */
export const reject = {
  bad: (detail: LocalizedText | string) => new BadRequestError(detail),
  conflict: (detail: LocalizedText | string) => new ConflictError(detail),
  /** A conflict that also lists what causes it, as `fields` (`[{ path, message }]`) pages can show. */
  /** A conflict that also gives the page structured facts (`details`) to show beside the sentence. */
  conflictWithDetails: (detail: LocalizedText, details: Record<string, unknown>) =>
    new AppError("conflict", "error.conflict", { detail }, undefined, details),
  forbidden: () => new ForbiddenError(),
  stale: () => new VersionMismatchError(),
};

export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Mã chỉ gồm chữ thường không dấu, số và gạch nối");
export const SchoolYear = z.string().regex(/^\d{4}-\d{4}$/, "Năm học dạng 2022-2023");
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày dạng YYYY-MM-DD");
export const Version = z.number().int().min(1);
export const Cursor = z.object({ cursor: z.string().optional() });

/** Commits a change with its audit entry, all-or-nothing. */
export async function commit(c: Ctx, ops: TransactionOp[]): Promise<void> {
  await c.var.store.transact(ops);
}

/** A random, URL-safe id. */
export function newId(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Ensures the unit exists in the tenant (404 otherwise). */
export async function unitOr404(c: Ctx, unitId: string) {
  const unit = await c.var.units.get(unitId);
  if (!unit) throw reject.bad({ vi: `không có đơn vị “${unitId}”`, en: `there is no unit “${unitId}”` });
  return unit;
}

export type Store = TenantStore;
