import {
  BadRequestError,
  ConflictError,
  type LocalizedText,
  NotFoundError,
  UnauthorizedError,
  type Unit,
  VersionMismatchError,
} from "@congdoan/core";
import { errorResponse, type PluginEnv, readErrors, z } from "@congdoan/plugin-sdk";
import type { Context } from "hono";
import type { Settings } from "./settings";

export type Ctx = Context<PluginEnv<Settings>>;

export { jsonBody as json, jsonResponse as ok, readErrors } from "@congdoan/plugin-sdk";
export const writeErrors = {
  ...readErrors,
  409: errorResponse("Xung đột: dữ liệu vừa thay đổi, trùng hoặc đã khoá"),
};

export function actor(c: Ctx): string {
  const user = c.var.user;
  if (!user) throw new UnauthorizedError();
  return user.username;
}

export const nowIso = () => new Date().toISOString();

/**
 * Refusals. The host translates the frame ("Yêu cầu không hợp lệ: …" / "Bad request: …"); the detail is
 * ours, in Vietnamese and English so an English reader gets English. (A plain string — only the upload
 * route still sends one — is shown as it is in both languages.)
 */
export const reject = {
  bad: (detail: LocalizedText | string) => new BadRequestError(detail),
  conflict: (detail: LocalizedText | string) => new ConflictError(detail),
  stale: () => new VersionMismatchError(),
  missing: () => new NotFoundError(),
};

export const UnitId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Mã đơn vị không hợp lệ");
export const SchoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, "Năm học dạng 2023-2024")
  .refine((y) => Number(y.slice(5)) === Number(y.slice(0, 4)) + 1, "Hai năm của năm học phải liền nhau");
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Ngày dạng YYYY-MM-DD")
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "Ngày không tồn tại",
  );
export const Version = z.number().int().min(1);

export async function unitOrReject(c: Ctx, unitId: string): Promise<Unit> {
  const unit = await c.var.units.get(unitId);
  if (!unit) throw reject.bad({ vi: `không có đơn vị “${unitId}”`, en: `there is no unit “${unitId}”` });
  return unit;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
