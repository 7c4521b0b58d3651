import { z } from "@congdoan/plugin-sdk";
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

export const AttendanceSchema = z
  .object({
    invited: z.number().int().min(1, "Phải có ít nhất 1 người được triệu tập").max(10_000),
    present: z.number().int().min(0).max(10_000),
    delegates: z.number().int().min(1).max(10_000).optional(),
    absences: z
      .array(z.object({ name: text(120, "Cần ghi tên"), reason: text(300, "Cần ghi lý do vắng") }))
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
  });

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
    quorum: z.object({ met: z.boolean(), needed: z.number() }).optional(),
  })
  .passthrough()
  .openapi("DemocracyConference");
