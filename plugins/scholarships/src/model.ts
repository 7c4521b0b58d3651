import { isValidCalendarDate, schoolLevels } from "@congdoan/core";
import { z } from "@hono/zod-openapi";
import { childTextRules, type LengthRule } from "./nomination-limits";
import { say, sayLength } from "./zod-text";

/** Học giỏi (good results), vượt khó (overcoming hardship), or both at once. */
export const categoryCodes = ["hoc-gioi", "vuot-kho", "hoc-gioi-vuot-kho"] as const;
export type CategoryCode = (typeof categoryCodes)[number];
export const categoryLabels: Record<CategoryCode, { vi: string; en: string }> = {
  "hoc-gioi": { vi: "Học giỏi", en: "Good results" },
  "vuot-kho": { vi: "Vượt khó", en: "Overcoming hardship" },
  "hoc-gioi-vuot-kho": { vi: "Học giỏi, vượt khó", en: "Good results and hardship" },
};

const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}$/,
    say({ vi: "Ngày phải có dạng yyyy-mm-dd", en: "Dates are written yyyy-mm-dd" }),
  )
  // Date.parse rolls 2015-02-31 over to 3 March: the calendar itself must have the day.
  .refine(
    (s) => isValidCalendarDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    say({ vi: "Ngày không có thật", en: "This date does not exist" }),
  );
const money = z
  .number()
  .int(say({ vi: "Số tiền phải là số nguyên (đồng)", en: "Amounts are whole đồng" }))
  .min(0, say({ vi: "Số tiền không được âm", en: "An amount cannot be negative" }))
  .max(1e12);
const unitId = z.string().min(1).max(64);
const schoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, say({ vi: "Năm học có dạng 2023-2024", en: "School years are written 2023-2024" }));

export const CategorySchema = z.object({
  code: z.enum(categoryCodes),
  amount: money.min(
    1,
    say({ vi: "Mỗi suất phải lớn hơn 0 đồng", en: "Each award must be more than 0 đồng" }),
  ),
});

export const RubricCriterionSchema = z.object({
  key: z.string().regex(
    /^[a-z0-9-]{1,30}$/,
    say({
      vi: "Mã tiêu chí chỉ gồm chữ thường, số, dấu gạch",
      en: "A criterion code has only lower-case letters, digits and hyphens",
    }),
  ),
  label: z.string().min(2).max(120),
  weight: z.number().int().min(1).max(100),
  max: z.number().int().min(1).max(100).default(10),
});

export const EligibilitySchema = z.object({
  minAge: z.number().int().min(0).max(25).default(6),
  maxAge: z.number().int().min(0).max(25).default(18),
  schoolLevels: z.array(z.enum(schoolLevels)).min(1).default(["tieu-hoc", "thcs", "thpt"]),
  /** Average mark (0–10) a "học giỏi" nomination needs. */
  minAverage: z.number().min(0).max(10).default(8),
  /** Characters of hardship description a "vượt khó" nomination needs. */
  minHardshipLength: z.number().int().min(0).max(2000).default(30),
});

export const QuotaSchema = z.object({
  /** Awards per CĐCS when the unit has no quota of its own; absent = no limit. */
  perUnitDefault: z.number().int().min(0).max(10000).optional(),
  byUnit: z.record(z.string(), z.number().int().min(0).max(10000)).default({}),
  /** Awards per district (LĐLĐ quận/huyện) or sector union. */
  byDistrict: z.record(z.string(), z.number().int().min(0).max(10000)).default({}),
});

const programmeFields = {
  name: z
    .string()
    .min(5, say({ vi: "Tên chương trình quá ngắn", en: "The programme name is too short" }))
    .max(200),
  schoolYear,
  ownerUnitId: unitId,
  categories: z
    .array(CategorySchema)
    .min(1, say({ vi: "Cần ít nhất một loại học bổng", en: "Add at least one scholarship category" }))
    .refine(
      (cs) => new Set(cs.map((c) => c.code)).size === cs.length,
      say({ vi: "Mỗi loại học bổng chỉ khai một lần", en: "Each category can be listed only once" }),
    ),
  budget: money.min(
    1,
    say({ vi: "Tổng kinh phí phải lớn hơn 0", en: "The total budget must be more than 0" }),
  ),
  quotas: QuotaSchema.default({ byUnit: {}, byDistrict: {} }),
  eligibility: EligibilitySchema.default({
    minAge: 6,
    maxAge: 18,
    schoolLevels: ["tieu-hoc", "thcs", "thpt"],
    minAverage: 8,
    minHardshipLength: 30,
  }),
  window: z.object({ opensOn: isoDate, closesOn: isoDate }),
  rubric: z
    .array(RubricCriterionSchema)
    .min(1, say({ vi: "Cần ít nhất một tiêu chí chấm", en: "Add at least one scoring criterion" }))
    .max(10)
    .refine(
      (r) => r.reduce((s, c) => s + c.weight, 0) === 100,
      say({
        vi: "Tổng trọng số các tiêu chí phải bằng 100",
        en: "The criteria's weights must add up to 100",
      }),
    )
    .refine(
      (r) => new Set(r.map((c) => c.key)).size === r.length,
      say({ vi: "Mã tiêu chí bị trùng", en: "Two criteria have the same code" }),
    ),
  reviewersPerNomination: z.number().int().min(1).max(5).default(2),
};

export const ProgrammeInputSchema = z
  .object(programmeFields)
  .refine((p) => p.window.opensOn <= p.window.closesOn, {
    ...say({
      vi: "Ngày mở đề cử phải trước ngày đóng",
      en: "Nominations must open before they close",
    }),
    path: ["window", "closesOn"],
  })
  .refine((p) => p.eligibility.minAge <= p.eligibility.maxAge, {
    ...say({
      vi: "Tuổi tối thiểu phải nhỏ hơn tuổi tối đa",
      en: "The minimum age must be below the maximum age",
    }),
    path: ["eligibility", "maxAge"],
  })
  .openapi("ScholarshipProgrammeInput");
export type ProgrammeInput = z.infer<typeof ProgrammeInputSchema>;

export const ProgrammeUpdateSchema = z
  .object({ ...programmeFields, expectedVersion: z.number().int().min(1) })
  .partial()
  .required({ expectedVersion: true });

export interface Programme extends ProgrammeInput {
  id: string;
  status: "open" | "closed";
  closedOn?: string;
  /** Set when personal data was erased after the retention period. */
  erasedOn?: string;
  /**
   * Stamped at closing: closing time + the tenant's retention, epoch seconds. From then on every
   * read treats the children's and parents' data as erased, and DynamoDB's TTL deletes the items
   * that hold it (`expiresAt`), without any scheduled job.
   */
  personalDataExpiresAt?: number;
  copiedFrom?: string;
}

export const FundInputSchema = z.object({
  name: z.string().min(3).max(200),
  sponsor: z.string().max(200).optional(),
  total: money.min(
    1,
    say({ vi: "Số tiền của quỹ phải lớn hơn 0", en: "The fund's total must be more than 0" }),
  ),
});
export interface Fund {
  id: string;
  programmeId: string;
  name: string;
  sponsor?: string;
  total: number;
  /** Approved and not withdrawn (paid included). available = total − committed. */
  committed: number;
  paid: number;
}

const marks = say({ vi: "Điểm từ 0 đến 10", en: "Marks go from 0 to 10" });

/** A text of the child's file, trimmed, with the length rule the nomination form also checks. */
function childText(rule: LengthRule) {
  const text = z.string().trim();
  const withMin = rule.min !== undefined ? text.min(rule.min, sayLength(rule, "min")) : text;
  return withMin.max(rule.max, sayLength(rule, "max"));
}

export const ChildSchema = z.object({
  fullName: childText(childTextRules.fullName),
  dateOfBirth: isoDate,
  school: childText(childTextRules.school),
  grade: childText(childTextRules.grade),
  schoolLevel: z.enum(schoolLevels),
  /** Average mark of the last school year, 0–10. */
  average: z.number().min(0, marks).max(10, marks).optional(),
  achievements: childText(childTextRules.achievements).default(""),
  hardship: childText(childTextRules.hardship).default(""),
});
export type Child = z.infer<typeof ChildSchema>;

export const NominationInputSchema = z
  .object({
    unitId,
    memberId: z.string().min(1).max(64),
    category: z.enum(categoryCodes),
    child: ChildSchema,
    evidenceKeys: z.array(z.string().min(1).max(300)).max(10).default([]),
  })
  .openapi("ScholarshipNominationInput");
export type NominationInput = z.infer<typeof NominationInputSchema>;

export const nominationStatuses = [
  "submitted",
  "approved",
  "waiting",
  "rejected",
  "withdrawn",
  "paid",
] as const;
export type NominationStatus = (typeof nominationStatuses)[number];

export interface Nomination {
  id: string;
  programmeId: string;
  unitId: string;
  /** The district (LĐLĐ quận/huyện) or sector union above the CĐCS: the public boards count by it. */
  districtId: string;
  memberId: string;
  category: CategoryCode;
  /** The child's school level, kept after erasure for the aggregates. */
  schoolLevel: string;
  /** What reviewers and logs see instead of a name, e.g. "HS-0007". */
  pseudonym: string;
  /** Personal data of a minor and their parent; null once erased after the retention period. */
  child: Child | null;
  parentName: string | null;
  evidenceKeys: string[];
  eligibility: { eligible: boolean; reasons: string[] };
  status: NominationStatus;
  /** Reviewers assigned, and the weighted total (out of 100) each gave once done. */
  review: { assigned: string[]; totals: Record<string, number>; completed: number; average?: number };
  amount: number;
  decision?: { number: string; date: string; fundId: string };
  rejection?: { reason: string; date: string };
  withdrawal?: { reason: string; date: string };
  payment?: { paidOn: string; method: "tien-mat" | "chuyen-khoan"; reference?: string; receivedBy?: string };
  nominatedBy: string;
  /** True once closing moved the personal data into its own expiring item (`PersonalData`). */
  sealed?: boolean;
}

/**
 * The personal part of a nomination of a closed programme, kept apart so DynamoDB's TTL can delete
 * it (and nothing else) when the retention period ends. `expiresAt` repeats the TTL attribute so
 * reads can ignore an expired item DynamoDB has not removed yet.
 */
export interface PersonalData {
  nominationId: string;
  child: Child | null;
  parentName: string | null;
  memberId: string;
  evidenceKeys: string[];
  receivedBy?: string;
  expiresAt: number;
}

export interface ReviewerEntry {
  username: string;
  /** Units where the reviewer holds any role: nominations from these are a conflict of interest. */
  unitIds: string[];
  joinedOn: string;
}
export interface Panel {
  reviewers: ReviewerEntry[];
}

/** What a reviewer is shown of a nomination: no name, no birth date, no school, no unit. */
export interface BlindFile {
  pseudonym: string;
  category: CategoryCode;
  schoolLevel: string;
  grade: string;
  average?: number;
  achievements: string;
  hardship: string;
  evidenceCount: number;
}

export interface Review {
  nominationId: string;
  reviewer: string;
  file: BlindFile | null;
  scores?: Record<string, number>;
  /** Weighted score out of 100. */
  total?: number;
  comment?: string;
  completedAt?: string;
}

export interface AwardCount {
  count: number;
  amount: number;
}

/** Aggregates of a programme, kept current in the same transaction as each decision. No personal data. */
export interface Tally {
  programmeId: string;
  schoolYear: string;
  ownerUnitId: string;
  committed: number;
  awarded: AwardCount;
  paid: AwardCount;
  byUnit: Record<string, number>;
  byDistrict: Record<string, AwardCount>;
  byDistrictCategory: Record<string, Partial<Record<CategoryCode, number>>>;
  byCategory: Partial<Record<CategoryCode, AwardCount>>;
  bySchoolLevel: Record<string, AwardCount>;
  nominatedByUnit: Record<string, number>;
}

export function emptyTally(programme: Pick<Programme, "id" | "schoolYear" | "ownerUnitId">): Tally {
  return {
    programmeId: programme.id,
    schoolYear: programme.schoolYear,
    ownerUnitId: programme.ownerUnitId,
    committed: 0,
    awarded: { count: 0, amount: 0 },
    paid: { count: 0, amount: 0 },
    byUnit: {},
    byDistrict: {},
    byDistrictCategory: {},
    byCategory: {},
    bySchoolLevel: {},
    nominatedByUnit: {},
  };
}
