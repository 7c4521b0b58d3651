import { z } from "@congdoan/plugin-sdk";
import { MAX_PEOPLE } from "../headcount";
import { IsoDate, SchoolYear, UnitId, Version } from "../http";
import { Kind } from "./campaign-schemas";

const text = (max: number, tooShort = "Không được để trống") => z.string().trim().min(1, tooShort).max(max);

export const FileRef = z.object({
  key: z.string().regex(/^f[0-9a-f]{24}$/, "Mã tệp không hợp lệ"),
  fileName: z.string().max(200),
  contentType: z.string().max(200),
  size: z.number().int().min(0),
});

export const PreparationSchema = z.object({
  date: IsoDate,
  place: text(200, "Cần ghi địa điểm"),
  agenda: z.array(text(300)).max(30).default([]),
  format: z.enum(["full", "delegates"]).default("full"),
  unionRole: z.string().trim().max(500).optional(),
  headRole: z.string().trim().max(500).optional(),
  draftFiles: z.array(FileRef).max(20).default([]),
});

/** Every check names its own problem: the schema's message is only for a number that is missing. */
const tooMany = `Tối đa ${String(MAX_PEOPLE).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} người`;
const headcount = z
  .number({ message: "Cần ghi số người" })
  .int("Phải là số nguyên")
  .min(0, "Không được âm")
  .max(MAX_PEOPLE, tooMany);

/** One group of people invited (e.g. "Giáo viên"); delegates when the conference is through delegates. */
export const AttendanceCategorySchema = z
  .object({
    label: text(80, "Cần ghi tên thành phần"),
    invited: headcount,
    present: headcount,
    /** How many people the group has, when known (số CBCCVC của thành phần). */
    staff: headcount.optional(),
  })
  .refine((c) => c.present <= c.invited, {
    message: "Số có mặt không thể lớn hơn số được triệu tập (số đại biểu được bầu)",
    path: ["present"],
  })
  .refine((c) => c.staff === undefined || c.invited <= c.staff, {
    message: "Số được triệu tập (số đại biểu được bầu) không thể lớn hơn số người của thành phần",
    path: ["invited"],
  });

/** Bầu đại biểu: the dates of the group meetings that elected the delegates. */
export const ElectionSchema = z
  .object({ from: IsoDate, to: IsoDate })
  .refine((e) => e.from <= e.to, { message: "Ngày kết thúc không thể trước ngày bắt đầu", path: ["to"] });

const sum = (rows: { invited: number; present: number }[], key: "invited" | "present") =>
  rows.reduce((total, r) => total + r[key], 0);

export const AttendanceSchema = z
  .object({
    invited: z
      .number({ message: "Cần ghi số người được triệu tập" })
      .int("Phải là số nguyên")
      .min(1, "Phải có ít nhất 1 người được triệu tập")
      .max(MAX_PEOPLE, tooMany),
    present: headcount,
    /** Delegates elected (hội nghị đại biểu): then the invited are exactly the delegates. */
    delegates: z
      .number({ message: "Cần ghi số đại biểu được bầu" })
      .int("Phải là số nguyên")
      .min(1, "Cần ghi số đại biểu được bầu")
      .max(MAX_PEOPLE, tooMany)
      .optional(),
    categories: z
      .array(AttendanceCategorySchema)
      .max(12, "Tối đa 12 thành phần")
      .refine(
        (c) => new Set(c.map((x) => x.label.toLowerCase())).size === c.length,
        "Tên thành phần bị trùng",
      )
      .optional(),
    election: ElectionSchema.optional(),
    absences: z
      .array(
        z.object({
          name: text(120, "Cần ghi tên"),
          reason: text(300, "Cần ghi lý do vắng"),
          category: z.string().trim().max(80).optional(),
        }),
      )
      .max(10_000)
      .default([]),
  })
  .refine((a) => a.present <= a.invited, {
    message: "Số có mặt không thể lớn hơn số được triệu tập",
    path: ["present"],
  })
  .refine((a) => a.absences.length <= a.invited - a.present, {
    message: "Số người vắng ghi tên nhiều hơn số vắng mặt",
    path: ["absences"],
  })
  .refine((a) => !a.categories?.length || sum(a.categories, "invited") === a.invited, {
    message: "Tổng số được triệu tập phải bằng tổng các thành phần",
    path: ["invited"],
  })
  .refine((a) => !a.categories?.length || sum(a.categories, "present") === a.present, {
    message: "Tổng số có mặt phải bằng tổng các thành phần",
    path: ["present"],
  })
  .refine(
    (a) =>
      !a.categories?.length ||
      a.absences.every((x) => !x.category || a.categories?.some((c) => c.label === x.category)),
    { message: "Người vắng thuộc một thành phần không có trong danh sách", path: ["absences"] },
  );

export const DocumentSchema = z.object({
  checklistId: z.string().max(48).optional(),
  title: text(200, "Cần ghi tên văn bản"),
  action: z.enum(["new", "revised", "reviewed"]),
  file: FileRef.optional(),
});

export const ResolutionSchema = z.object({
  summary: text(5000, "Cần ghi nội dung nghị quyết"),
  targets: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]{1,32}$/, "Mã chỉ tiêu chỉ gồm chữ thường, số, gạch nối"),
        title: text(300, "Cần ghi tên chỉ tiêu"),
        target: text(300, "Cần ghi mức chỉ tiêu"),
      }),
    )
    .max(50)
    .refine((t) => new Set(t.map((x) => x.id)).size === t.length, "Mã chỉ tiêu bị trùng")
    .default([]),
});

export const OpinionSchema = z.object({
  topic: text(1000, "Cần ghi ý kiến"),
  answer: z.string().trim().max(2000).optional(),
});

export const ConferenceParams = z.object({ year: SchoolYear, unitId: UnitId });
export const FileParams = ConferenceParams.extend({
  key: z.string().regex(/^f[0-9a-f]{24}$/, "Mã tệp không hợp lệ"),
});

export const CreateConferenceSchema = z.object({ kind: Kind, preparation: PreparationSchema });

export const UpdateConferenceSchema = z.object({
  version: Version,
  preparation: PreparationSchema.optional(),
  attendance: AttendanceSchema.optional(),
  documents: z.array(DocumentSchema).max(50).optional(),
  resolution: ResolutionSchema.optional(),
  opinions: z.array(OpinionSchema).max(200).optional(),
  minutes: FileRef.nullable().optional(),
});

export const VersionOnly = z.object({ version: Version });
export const ReopenSchema = z.object({
  version: Version,
  reason: z.string().trim().min(10, "Cần ghi rõ lý do mở lại (ít nhất 10 ký tự)").max(1000),
});
export const FollowUpSchema = z.object({
  version: Version,
  stage: z.enum(["mid-year", "year-end"]),
  results: z
    .array(
      z.object({
        targetId: z.string().max(32),
        status: z.enum(["achieved", "in-progress", "not-achieved"]),
        note: z.string().trim().max(1000).optional(),
      }),
    )
    .min(1, "Cần đánh giá ít nhất một chỉ tiêu")
    .max(50),
  comment: z.string().trim().max(2000).optional(),
});

export const ConferenceSchema = z
  .object({
    year: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    scopeUnitId: z.string(),
    kind: Kind,
    status: z.enum(["planned", "closed", "reopened"]),
    version: z.number(),
    quorum: z
      .object({ met: z.boolean(), needed: z.number(), rule: z.string(), message: z.string() })
      .optional(),
  })
  .passthrough()
  .openapi("DemocracyConference");
