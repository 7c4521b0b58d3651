import { parsePeriod, parseSchoolYear, schoolYearsInPeriod } from "@congdoan/core";
import { z } from "@congdoan/plugin-sdk";
import { Id, IsoDate } from "../http";

export const CriterionSchema = z.object({
  id: Id,
  name: z.string().min(2).max(200),
  weight: z.number().positive("Trọng số phải lớn hơn 0").max(100),
  maxScore: z.number().positive("Điểm tối đa phải lớn hơn 0").max(1000),
  measure: z.enum(["yes-no", "count", "percentage", "score"]),
  fullAt: z.number().positive().optional(),
});

export const Comparison = z.enum([">=", ">", "=", "<="]);

export const TargetInput = z.object({
  id: Id,
  name: z.string().min(2).max(300),
  comparison: Comparison,
  planned: z.number().min(0).max(1_000_000_000),
  unit: z.enum(["percent", "count"]).default("percent"),
  criterionId: Id.optional(),
});

export const AudienceSchema = z.object({
  unitKinds: z
    .array(z.enum(["ldld", "cdn-gd", "ldld-huyen", "cdcs", "other"]))
    .min(1)
    .default(["cdcs"]),
  schoolLevels: z.array(z.string()).optional(),
  ownership: z.enum(["public", "non-public"]).optional(),
  people: z.enum(["units", "women-members", "all-members"]).default("units"),
});

/** "2019-2020", "Năm học 2019 – 2020" or "Giai đoạn 2022-2025" → canonical label and its school years. */
export function readPeriod(text: string): { period: string; schoolYears: string[] } | undefined {
  const year = parseSchoolYear(text);
  if (year) return { period: year, schoolYears: [year] };
  const p = parsePeriod(text);
  if (!p || p.to - p.from > 10) return undefined;
  return { period: `${p.from}-${p.to}`, schoolYears: schoolYearsInPeriod(p) };
}

const movementFields = {
  name: z.string().min(3, "Tên phong trào quá ngắn").max(200),
  kind: z.enum(["phong-trao", "cuoc-van-dong", "nghi-quyet"]).default("phong-trao"),
  description: z.string().max(2000).optional(),
  audience: AudienceSchema.default({ unitKinds: ["cdcs"], people: "units" }),
  criteria: z.array(CriterionSchema).max(40).default([]),
  titles: z.array(z.string().min(2).max(200)).max(20).default([]),
  registrationDeadline: IsoDate.optional(),
};

function checkCriteria(v: { criteria?: { id: string }[] }, ctx: z.RefinementCtx) {
  const ids = (v.criteria ?? []).map((c) => c.id);
  if (new Set(ids).size !== ids.length)
    ctx.addIssue({ code: "custom", path: ["criteria"], message: "Mã tiêu chí bị trùng" });
}

export const CreateMovement = z
  .object({
    id: Id.optional(),
    period: z.string().min(4).max(40),
    ownerUnitId: z.string().min(1).max(64),
    targets: z.array(TargetInput).max(40).default([]),
    ...movementFields,
  })
  .superRefine((v, ctx) => {
    checkCriteria(v, ctx);
    if (!readPeriod(v.period))
      ctx.addIssue({
        code: "custom",
        path: ["period"],
        message: "Năm học hoặc giai đoạn không đọc được (ví dụ 2019-2020 hoặc 2022-2025)",
      });
    const criteria = new Set(v.criteria.map((c) => c.id));
    v.targets.forEach((t, i) => {
      if (t.criterionId && !criteria.has(t.criterionId))
        ctx.addIssue({
          code: "custom",
          path: ["targets", i, "criterionId"],
          message: "Chỉ tiêu gắn với tiêu chí không có trong phong trào",
        });
    });
    const tids = v.targets.map((t) => t.id);
    if (new Set(tids).size !== tids.length)
      ctx.addIssue({ code: "custom", path: ["targets"], message: "Mã chỉ tiêu bị trùng" });
  });

export const UpdateMovement = z
  .object({
    expectedVersion: z.number().int().min(1),
    name: movementFields.name.optional(),
    description: movementFields.description,
    audience: AudienceSchema.optional(),
    criteria: z.array(CriterionSchema).max(40).optional(),
    titles: z.array(z.string().min(2).max(200)).max(20).optional(),
    registrationDeadline: IsoDate.nullable().optional(),
  })
  .superRefine(checkCriteria);

export const ReviseTarget = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().min(2).max(300).optional(),
  comparison: Comparison.optional(),
  planned: z.number().min(0).optional(),
  reason: z.string().min(3, "Hãy ghi lý do điều chỉnh chỉ tiêu").max(500),
});

export const AddTarget = z.object({ expectedVersion: z.number().int().min(1), target: TargetInput });

export const RecordAchievement = z.object({
  expectedVersion: z.number().int().min(1),
  value: z.number().min(0),
  asOf: IsoDate,
});

export const CopyMovement = z.object({
  id: Id.optional(),
  period: z.string().min(4).max(40).optional(),
  registrationDeadline: IsoDate.optional(),
});
