import { schoolLevels, unitKinds } from "@congdoan/core";
import { z } from "@hono/zod-openapi";

export const UnitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(unitKinds),
    parentId: z.string().nullable(),
    schoolLevel: z.enum(schoolLevels).optional(),
    ownership: z.enum(["public", "non-public"]).optional(),
    memberCount: z.number().int(),
    womenMemberCount: z.number().int().optional(),
    clusterIds: z.array(z.string()).optional(),
    status: z.enum(["active", "closed"]),
    mergedInto: z.string().optional(),
    version: z.number().int(),
  })
  .openapi("Unit");

const editable = {
  name: z.string().trim().min(2, "Tên đơn vị cần ít nhất 2 ký tự.").max(200),
  kind: z.enum(unitKinds),
  schoolLevel: z.enum(schoolLevels).optional(),
  ownership: z.enum(["public", "non-public"]).optional(),
  memberCount: z.number().int().min(0).max(1_000_000).optional(),
  womenMemberCount: z.number().int().min(0).max(1_000_000).optional(),
  clusterIds: z.array(z.string().min(1).max(64)).max(20).optional(),
};

export const CreateUnitSchema = z
  .object({
    ...editable,
    parentId: z.string().min(1).max(64),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Mã đơn vị chỉ gồm chữ thường không dấu, số và dấu gạch ngang.")
      .max(64)
      .optional(),
  })
  .refine((u) => u.womenMemberCount === undefined || u.womenMemberCount <= (u.memberCount ?? 0), {
    path: ["womenMemberCount"],
    message: "Số đoàn viên nữ không thể lớn hơn tổng số đoàn viên.",
  });

export const UpdateUnitSchema = z.object({
  expectedVersion: z.number().int().min(1),
  name: editable.name.optional(),
  kind: editable.kind.optional(),
  schoolLevel: editable.schoolLevel,
  ownership: editable.ownership,
  memberCount: editable.memberCount,
  womenMemberCount: editable.womenMemberCount,
  clusterIds: editable.clusterIds,
});

export const VersionSchema = z.object({ expectedVersion: z.number().int().min(1) });
export const MoveUnitSchema = VersionSchema.extend({ newParentId: z.string().min(1).max(64) });
export const MergeUnitSchema = VersionSchema.extend({ intoUnitId: z.string().min(1).max(64) });

export const UnitParamSchema = z.object({
  tenant: z.string().openapi({ param: { name: "tenant", in: "path" } }),
  unitId: z.string().openapi({ param: { name: "unitId", in: "path" } }),
});
