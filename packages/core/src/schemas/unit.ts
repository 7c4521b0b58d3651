import { z } from "zod";

/** Kinds of union units. The tree is data: any kind may sit under any other. */
export const unitKinds = ["ldld", "cdn-gd", "ldld-huyen", "cdcs", "other"] as const;
export const unitKindSchema = z.enum(unitKinds);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const schoolLevels = ["mam-non", "tieu-hoc", "thcs", "thpt", "lien-cap", "gdtx", "khac"] as const;
export const schoolLevelSchema = z.enum(schoolLevels);
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;

export const unitSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(2).max(200),
  kind: unitKindSchema,
  /** Null only for the tenant's root unit. */
  parentId: z.string().nullable(),
  schoolLevel: schoolLevelSchema.optional(),
  /** Công lập (public) or ngoài công lập (non-public); decides e.g. which staff conference a school holds. */
  ownership: z.enum(["public", "non-public"]).optional(),
  memberCount: z.number().int().min(0).default(0),
  womenMemberCount: z.number().int().min(0).optional(),
  status: z.enum(["active", "closed"]).default("active"),
  /** Emulation clusters (cụm thi đua) the unit is ranked in. */
  clusterIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  /** Set when the unit was merged into another; its history stays readable under its old id. */
  mergedInto: z.string().optional(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitKindLabels: Record<UnitKind, { vi: string; en: string }> = {
  ldld: { vi: "LĐLĐ tỉnh/thành phố", en: "Provincial federation" },
  "cdn-gd": { vi: "Công đoàn ngành Giáo dục", en: "Education-sector union" },
  "ldld-huyen": { vi: "LĐLĐ quận/huyện", en: "District federation" },
  cdcs: { vi: "Công đoàn cơ sở", en: "Grassroots union" },
  other: { vi: "Đơn vị khác", en: "Other unit" },
};

export const schoolLevelLabels: Record<SchoolLevel, { vi: string; en: string }> = {
  "mam-non": { vi: "Mầm non", en: "Preschool" },
  "tieu-hoc": { vi: "Tiểu học", en: "Primary" },
  thcs: { vi: "THCS", en: "Lower secondary" },
  thpt: { vi: "THPT", en: "Upper secondary" },
  "lien-cap": { vi: "Liên cấp", en: "Multi-level" },
  gdtx: { vi: "GDTX", en: "Continuing education" },
  khac: { vi: "Khác", en: "Other" },
};
