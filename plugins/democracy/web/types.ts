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
  }[];
  trend: { year: string; total: CountsView }[];
}
export interface ConferenceView {
  year: string;
  unitId: string;
  unitName: string;
  kind: "cbccvc" | "nld";
  status: "planned" | "closed" | "reopened";
  version: number;
  preparation: { date: string; place: string; agenda: string[]; format: "full" | "delegates" };
  attendance?: { invited: number; present: number; absences: { name: string; reason: string }[] };
  documents: { checklistId?: string; title: string; action: string }[];
  quorum?: { met: boolean; needed: number };
}
