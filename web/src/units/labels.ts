import {
  OWNERSHIPS,
  type Ownership,
  SCHOOL_LEVELS,
  type SchoolLevel,
  UNIT_KINDS,
  type UnitKind,
} from "../api/units";
import type { SelectOption } from "../components/field";
import type { MessageKey } from "../i18n/vi";

export const KIND_LABELS: Record<UnitKind, MessageKey> = {
  ldld: "unit.kind.ldld",
  "cdn-gd": "unit.kind.cdn-gd",
  "ldld-huyen": "unit.kind.ldld-huyen",
  cdcs: "unit.kind.cdcs",
  other: "unit.kind.other",
};

export const SCHOOL_LEVEL_LABELS: Record<SchoolLevel, MessageKey> = {
  "mam-non": "unit.level.mam-non",
  "tieu-hoc": "unit.level.tieu-hoc",
  thcs: "unit.level.thcs",
  thpt: "unit.level.thpt",
  "lien-cap": "unit.level.lien-cap",
  gdtx: "unit.level.gdtx",
  khac: "unit.level.khac",
};

export const OWNERSHIP_LABELS: Record<Ownership, MessageKey> = {
  public: "unit.ownership.public",
  "non-public": "unit.ownership.non-public",
};

type T = (key: MessageKey) => string;

/** Select options with a leading "any"/"none" entry whose value is "". */
export const kindOptions = (t: T, empty: MessageKey): SelectOption[] => [
  { value: "", label: t(empty) },
  ...UNIT_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) })),
];

export const levelOptions = (t: T, empty: MessageKey): SelectOption[] => [
  { value: "", label: t(empty) },
  ...SCHOOL_LEVELS.map((k) => ({ value: k, label: t(SCHOOL_LEVEL_LABELS[k]) })),
];

export const ownershipOptions = (t: T, empty: MessageKey): SelectOption[] => [
  { value: "", label: t(empty) },
  ...OWNERSHIPS.map((k) => ({ value: k, label: t(OWNERSHIP_LABELS[k]) })),
];

/** A sensible kind for a new unit under `parentKind`: districts under the federation, schools below. */
export function defaultChildKind(parentKind: UnitKind | undefined): UnitKind {
  return parentKind === "ldld" ? "ldld-huyen" : "cdcs";
}
