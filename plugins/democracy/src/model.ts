import type { ChecklistItem } from "./settings";

/**
 * Stored shapes and their addresses. Partitions (relative to the plugin's scoped store):
 *   CAMPAIGNS            sk [year, scopeUnitId]          one campaign per school year and scope
 *   CONF / <year>        sk [unitId]                     one conference per unit and school year
 *   SUMMARY              sk [year, scopeUnitId, shardId] compliance rows, one item per district
 * The summary items are the precomputed compliance: every conference write updates its unit's row in
 * the same transaction, so the counts are a pure function of the rows and cannot drift.
 */

/** cbccvc: Hội nghị cán bộ, công chức, viên chức (public units); nld: Hội nghị người lao động. */
export type ConferenceKind = "cbccvc" | "nld";
export const conferenceKinds = ["cbccvc", "nld"] as const;

export const kindLabels: Record<ConferenceKind, { vi: string; en: string }> = {
  cbccvc: { vi: "Hội nghị CBCCVC", en: "Officials' conference" },
  nld: { vi: "Hội nghị người lao động", en: "Workers' conference" },
};

export interface Campaign {
  year: string;
  scopeUnitId: string;
  title: string;
  /** ISO date. */
  deadline: string;
  documents: ChecklistItem[];
  status: "open" | "closed";
  closedAt?: string;
}

export interface StoredFileRef {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface Preparation {
  /** ISO date the conference is (to be) held. */
  date: string;
  place: string;
  agenda: string[];
  format: "full" | "delegates";
  /** Roles of the union and of the school head in organising it. */
  unionRole?: string;
  headRole?: string;
  draftFiles: StoredFileRef[];
}

export interface Attendance {
  invited: number;
  present: number;
  /** Delegates elected when the format is "delegates" (invited = delegates then). */
  delegates?: number;
  /**
   * The same figures per group invited (cán bộ quản lý, giáo viên, nhân viên…); they add up to the totals.
   * Through delegates, `invited` is the number elected by that group; `staff` (when known) is how many
   * people the group has, which the number invited or elected cannot exceed.
   */
  categories?: { label: string; invited: number; present: number; staff?: number }[];
  /** Bầu đại biểu: the group meetings that elected the delegates (required when the format is "delegates"). */
  election?: DelegateElection;
  /** Absent people with their reason (every one of them when the tenant requires it). */
  absences: { name: string; reason: string; category?: string }[];
}

export interface DelegateElection {
  /** ISO dates of the first and last group meeting that elected delegates (the same day for one meeting). */
  from: string;
  to: string;
}

export interface AdoptedDocument {
  /** The checklist item it answers, when it does. */
  checklistId?: string;
  title: string;
  action: "new" | "revised" | "reviewed";
  file?: StoredFileRef;
}

export interface ResolutionTarget {
  id: string;
  title: string;
  target: string;
}

export interface FollowUpResult {
  targetId: string;
  status: "achieved" | "in-progress" | "not-achieved";
  note?: string;
}

export interface FollowUp {
  checkedAt: string;
  checkedBy: string;
  results: FollowUpResult[];
  comment?: string;
}

export interface Conference {
  year: string;
  unitId: string;
  unitName: string;
  scopeUnitId: string;
  kind: ConferenceKind;
  /** planned → closed (locked) → reopened (corrections, audited) → closed … */
  status: "planned" | "closed" | "reopened";
  preparation: Preparation;
  attendance?: Attendance;
  documents: AdoptedDocument[];
  resolution?: { summary: string; targets: ResolutionTarget[] };
  opinions: { topic: string; answer?: string }[];
  minutes?: StoredFileRef;
  closedAt?: string;
  closedBy?: string;
  reopenings: { at: string; by: string; reason: string }[];
  followUps: { midYear?: FollowUp; yearEnd?: FollowUp };
}

/** One unit's line in the compliance summary. */
export interface ComplianceRow {
  unitId: string;
  unitName: string;
  /** District the unit belonged to when last written (frozen when the campaign closes). */
  districtId: string;
  kind: ConferenceKind;
  required: boolean;
  status: "none" | "planned" | "held";
  plannedOn?: string;
  heldOn?: string;
  onTime: boolean;
  quorumMet: boolean;
  documentsAdopted: number;
  /** Held through delegates: how many were elected, and the last election meeting (ISO date) if recorded. */
  delegatesElected?: number;
  electedBy?: string;
}

export interface SummaryShard {
  year: string;
  scopeUnitId: string;
  shardId: string;
  rows: Record<string, ComplianceRow>;
}

export const keys = {
  campaigns: ["CAMPAIGNS"] as const,
  campaign: (year: string, scope: string) => ({ pk: ["CAMPAIGNS"], sk: [year, scope] }),
  conferences: (year: string) => ["CONF", year] as const,
  conference: (year: string, unitId: string) => ({ pk: ["CONF", year], sk: [unitId] }),
  summary: ["SUMMARY"] as const,
  shard: (year: string, scope: string, shardId: string) => ({ pk: ["SUMMARY"], sk: [year, scope, shardId] }),
};
