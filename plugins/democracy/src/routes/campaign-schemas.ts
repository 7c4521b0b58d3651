import { z } from "@congdoan/plugin-sdk";
import { IsoDate, SchoolYear, UnitId, Version } from "../http";
import { checklistItemSchema } from "../settings";

export const Kind = z.enum(["cbccvc", "nld"]);

export const CampaignSchema = z
  .object({
    year: z.string(),
    scopeUnitId: z.string(),
    title: z.string(),
    deadline: z.string(),
    documents: z.array(z.object({ id: z.string(), title: z.string() })),
    status: z.enum(["open", "closed"]),
    closedAt: z.string().optional(),
    version: z.number(),
    required: z.number().optional(),
  })
  .openapi("DemocracyCampaign");

const Override = z.object({ unitId: UnitId, kind: Kind.optional(), required: z.boolean().optional() });

const uniqueIds = (docs: { id: string }[]) => new Set(docs.map((d) => d.id)).size === docs.length;

export const CreateCampaignSchema = z.object({
  year: SchoolYear,
  scopeUnitId: UnitId,
  title: z.string().trim().min(5, "Tên đợt quá ngắn").max(200).optional(),
  deadline: IsoDate.optional(),
  documents: z.array(checklistItemSchema).max(30).refine(uniqueIds, "Mã tài liệu bị trùng").optional(),
  units: z.array(Override).max(5000).optional(),
});

export const UpdateCampaignSchema = z.object({
  version: Version,
  title: z.string().trim().min(5, "Tên đợt quá ngắn").max(200).optional(),
  deadline: IsoDate.optional(),
  documents: z.array(checklistItemSchema).max(30).refine(uniqueIds, "Mã tài liệu bị trùng").optional(),
});

export const CampaignParams = z.object({ year: SchoolYear, scopeUnitId: UnitId });
export const CampaignUnitParams = CampaignParams.extend({ unitId: UnitId });
export const UnitRequirementSchema = z.object({ kind: Kind, required: z.boolean() });
export const CopyCampaignSchema = z.object({ toYear: SchoolYear.optional() });
export const CloseCampaignSchema = z.object({ version: Version });

export const RowSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  districtId: z.string(),
  kind: Kind,
  required: z.boolean(),
  status: z.enum(["none", "planned", "held"]),
  plannedOn: z.string().optional(),
  heldOn: z.string().optional(),
  onTime: z.boolean(),
  quorumMet: z.boolean(),
  documentsAdopted: z.number(),
});
