import { roles } from "@congdoan/core";
import { z } from "@hono/zod-openapi";
import { PASSWORD_RULE } from "../passwords";

export const GrantSchema = z
  .object({ role: z.enum(roles), unitId: z.string().min(1).max(64) })
  .openapi("Grant");

export const UserSchema = z
  .object({
    username: z.string(),
    displayName: z.string(),
    email: z.string().optional(),
    status: z.enum(["active", "disabled"]),
    grants: z.array(GrantSchema),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
  })
  .openapi("User");

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    "Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch ngang.",
  );

export const newPasswordSchema = z
  .string()
  .regex(PASSWORD_RULE, "Mật khẩu cần ít nhất 10 ký tự, có cả chữ và số.");

export const UsernameParamSchema = z.object({
  tenant: z.string().openapi({ param: { name: "tenant", in: "path" } }),
  username: z.string().openapi({ param: { name: "username", in: "path" } }),
});
