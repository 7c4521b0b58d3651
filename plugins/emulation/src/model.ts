/**
 * Shapes stored by the module. Vietnamese words are kept where English has none; see README's glossary.
 */
export type Measure = "yes-no" | "count" | "percentage" | "score";
export type Comparison = ">=" | ">" | "=" | "<=";
export type Classification = "xuat-sac" | "tot" | "hoan-thanh" | "khong-hoan-thanh";

export interface Criterion {
  id: string;
  name: string;
  weight: number;
  maxScore: number;
  measure: Measure;
  /** For "count": the count that earns the full score. */
  fullAt?: number;
}

export interface TargetRevision {
  at: string;
  by: string;
  name: string;
  comparison: Comparison;
  planned: number;
  reason: string;
}

export interface Target {
  id: string;
  name: string;
  comparison: Comparison;
  /** Percent (0–100) when `unit` is "percent", a count otherwise. */
  planned: number;
  unit: "percent" | "count";
  /** When set, achieved is computed from the accepted results of this criterion (never typed twice). */
  criterionId?: string;
  /** Typed achievement (term-resolution targets): value and the date it was measured. */
  achieved?: { value: number; asOf: string; by: string };
  history: TargetRevision[];
}

export interface Audience {
  /** Unit kinds that take part (usually cdcs). */
  unitKinds: string[];
  schoolLevels?: string[];
  ownership?: "public" | "non-public";
  /** Who inside the units is counted: the unit itself, its women members, or all members. */
  people: "units" | "women-members" | "all-members";
}

export interface Movement {
  id: string;
  name: string;
  kind: "phong-trao" | "cuoc-van-dong" | "nghi-quyet";
  description?: string;
  /** "2019-2020" for a school year, "2022-2025" for a multi-year period. */
  period: string;
  schoolYears: string[];
  ownerUnitId: string;
  audience: Audience;
  criteria: Criterion[];
  targets: Target[];
  titles: string[];
  registrationDeadline?: string;
  copiedFrom?: string;
}

export interface Cluster {
  id: string;
  schoolYear: string;
  name: string;
  unitIds: string[];
}

export interface Registration {
  movementId: string;
  unitId: string;
  titles: string[];
  status: "registered" | "pending" | "rejected";
  late: boolean;
  registeredAt: string;
  registeredBy: string;
  decision?: { by: string; at: string; comment?: string };
}

export interface Evidence {
  note?: string;
  file?: { key: string; fileName: string; contentType: string; size: number };
}

export interface Figure {
  value: number;
  /** Denominator for "percentage": e.g. the unit's women members. */
  base?: number;
  evidence?: Evidence;
}

export interface Result {
  movementId: string;
  schoolYear: string;
  unitId: string;
  figures: Record<string, Figure>;
  status: "draft" | "submitted" | "returned" | "accepted";
  score?: number;
  classification?: Classification;
  submittedAt?: string;
  review?: { by: string; at: string; comment?: string };
  history: { at: string; by: string; action: string; comment?: string }[];
}

export interface Round {
  movementId: string;
  schoolYear: string;
  status: "open" | "closed";
  events: { at: string; by: string; action: "close" | "reopen"; reason?: string }[];
}

export type AwardLevel = "tong-ldld" | "cdgd-vn" | "ldld-tinh" | "cdn-gd" | "ldld-huyen";
export type AwardForm = "co-thi-dua" | "bang-khen" | "giay-khen" | "danh-hieu";

export interface AwardLine {
  form: AwardForm;
  /** For "danh-hieu": its name, e.g. "Giỏi việc trường, đảm việc nhà". */
  title?: string;
  recipient: "collective" | "individual";
  unitId: string;
  memberId?: string;
  /** Individuals only; personal data, never on public boards. */
  fullName?: string;
}

export interface Decision {
  id: string;
  number: string;
  date: string;
  signer: string;
  level: AwardLevel;
  schoolYear: string;
  movementId?: string;
  issuedByUnitId: string;
  lines: AwardLine[];
}

/** One step of a proposal's way up the tree (the trail shown on the proposal). */
export interface ProposalStep {
  action: "submitted" | "forwarded" | "accepted" | "rejected";
  /** The unit acting: the proposing unit, then each holder in turn. */
  unitId: string;
  /** Where the proposal went (submitted / forwarded). */
  toUnitId?: string;
  by: string;
  at: string;
  comment?: string;
  /** The award level asked for after this step (a forwarding unit may raise it). */
  toLevel?: AwardLevel;
  /** Nominees the forwarding unit added from its own subtree. */
  addedLines?: number;
}

/**
 * Đề nghị khen thưởng: a lower unit proposes awardees; the proposal travels up the tree, each
 * holder forwarding it (with its comment, optionally adding its own nominees) until the level
 * that decides accepts or rejects it.
 */
export interface Proposal {
  id: string;
  schoolYear: string;
  proposedByUnitId: string;
  toLevel: AwardLevel;
  movementId?: string;
  reason?: string;
  lines: AwardLine[];
  status: "submitted" | "accepted" | "rejected" | "decided";
  proposedBy: string;
  review?: { by: string; at: string; comment?: string };
  decisionId?: string;
  /** The unit holding it now (absent on records written before forwarding: the proposer's parent). */
  holderUnitId?: string;
  trail?: ProposalStep[];
}

export type InitiativeStatus = "submitted" | "forwarded" | "recognised" | "not-recognised";

export interface Initiative {
  id: string;
  schoolYear: string;
  unitId: string;
  title: string;
  field: string;
  schoolLevel?: string;
  authorName: string;
  memberId?: string;
  submittedBy: string;
  status: InitiativeStatus;
  grades: { by: string; score: number; at: string }[];
  recognition?: { by: string; at: string; grade: "A" | "B" | "C"; average: number };
}

/** Counts a unit reports in bulk (earlier years, or levels that count on paper). */
export interface InitiativeTally {
  period: string;
  unitId: string;
  submitted: number;
  recognised: number;
  note?: string;
}
