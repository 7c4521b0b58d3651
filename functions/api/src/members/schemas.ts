import { isoDateSchema } from "@congdoan/core";
import { z } from "@hono/zod-openapi";
import { genders, memberStatuses } from "./import-export";

const fields = {
  memberCode: z.string().trim().min(1).max(64).optional(),
  fullName: z.string().trim().min(2, "Họ và tên cần ít nhất 2 ký tự.").max(200),
  gender: z.enum(genders),
  dateOfBirth: isoDateSchema,
  unitId: z.string().min(1).max(64),
  position: z.string().trim().min(1).max(200).optional(),
  joinDate: isoDateSchema.optional(),
  status: z.enum(memberStatuses).default("active"),
  phone: z
    .string()
    .regex(/^0\d{9}$/, "Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.")
    .optional(),
  email: z.email("Email không hợp lệ.").max(254).optional(),
};

export const MemberSchema = z
  .object({ id: z.string(), version: z.number().int(), ...fields, status: z.enum(memberStatuses) })
  .openapi("Member");
export const CreateMemberSchema = z.object(fields);
export const UpdateMemberSchema = z.object({ expectedVersion: z.number().int().min(1) }).extend(
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  },
);

export const MemberParamSchema = z.object({
  tenant: z.string().openapi({ param: { name: "tenant", in: "path" } }),
  memberId: z.string().openapi({ param: { name: "memberId", in: "path" } }),
});

export const ImportBodySchema = z.object({
  fileName: z.string().min(1).max(200),
  /** The file's bytes in base64; up to about 8 MB of file. */
  contentBase64: z
    .string()
    .min(1)
    .max(12 * 1024 * 1024),
});

export const ImportPreviewSchema = z
  .object({
    total: z.number().int(),
    valid: z.number().int(),
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
    unchanged: z.number().int(),
    badRows: z.array(z.number().int()),
    errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
    ignoredColumns: z.array(z.string()),
  })
  .openapi("MemberImportPreview");

export const ImportResultSchema = z
  .object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
  })
  .openapi("MemberImportResult");
