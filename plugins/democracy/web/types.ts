import type { DistrictSeries } from "./trend-chart-view";
export interface CountsView {
  required: number;
  held: number;
  heldOnTime: number;
  heldWithQuorum: number;
  documentsAdopted: number;
  percent: number;
  text: string;
}
export interface DistrictView {
  districtId: string;
  districtName: string;
  byKind: { cbccvc: CountsView; nld: CountsView };
  total: CountsView;
}
export interface ComplianceResponse {
  years: string[];
  current?: {
    year: string;
    districts: DistrictView[];
    byKind: { cbccvc: CountsView; nld: CountsView };
    total: CountsView;
  };
  previous?: { year: string; total: CountsView };
  notHeld: {
    unitId: string;
    unitName: string;
    districtName: string;
    kind: "cbccvc" | "nld";
    status: string;
    plannedOn?: string;
    remindedAt?: string;
    reminders?: number;
    reminderSeenAt?: string;
  }[];
  trend: { year: string; total: CountsView; cbccvc: CountsView; nld: CountsView }[];
  /** The same trend per district (counts only), for the district selector. */
  districtTrend?: DistrictSeries[];
}
export interface ConferenceView {
  year: string;
  unitId: string;
  unitName: string;
  scopeUnitId: string;
  kind: "cbccvc" | "nld";
  status: "planned" | "closed" | "reopened";
  version: number;
  preparation: {
    date: string;
    place: string;
    agenda: string[];
    format: "full" | "delegates";
    unionRole?: string;
    headRole?: string;
    draftFiles?: FileRefView[];
  };
  attendance?: {
    invited: number;
    present: number;
    delegates?: number;
    categories?: { label: string; invited: number; present: number; staff?: number }[];
    election?: { from: string; to: string };
    absences: { name: string; reason: string; category?: string }[];
  };
  rules?: { quorumNumerator: number; quorumDenominator: number; requireAbsenceReasons: boolean };
  documents: { checklistId?: string; title: string; action: string; file?: FileRefView }[];
  quorum?: { met: boolean; needed: number; rule?: string; message?: string };
  resolution?: { summary: string; targets: { id: string; title: string; target: string }[] };
  opinions?: { topic: string; answer?: string }[];
  minutes?: FileRefView;
  reopenings?: { at: string; by: string; reason: string }[];
  followUps?: { midYear?: FollowUpView; yearEnd?: FollowUpView };
}
export interface CampaignView {
  year: string;
  scopeUnitId: string;
  title: string;
  deadline: string;
  documents: { id: string; title: string }[];
  status: "open" | "closed";
  closedAt?: string;
  version: number;
  required?: number;
}
export interface CampaignRow {
  unitId: string;
  unitName: string;
  districtId: string;
  kind: "cbccvc" | "nld";
  required: boolean;
  status: "none" | "planned" | "held";
  plannedOn?: string;
  heldOn?: string;
  onTime?: boolean;
  quorumMet?: boolean;
}
export interface FileRefView {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
}
export interface FollowUpView {
  checkedAt: string;
  checkedBy: string;
  results: { targetId: string; status: "achieved" | "in-progress" | "not-achieved"; note?: string }[];
  comment?: string;
}
export interface ReminderView {
  year: string;
  unitId: string;
  unitName?: string;
  remindedAt: string;
  remindedBy: string;
  count: number;
  deadline?: string;
  seen: boolean;
  seenAt?: string;
  seenBy?: string;
  version: number;
}
