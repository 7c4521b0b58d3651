import type { Unit } from "@congdoan/core";
import { districtOf, kindForUnit } from "./compliance";
import type { ComplianceRow, ConferenceKind, SummaryShard } from "./model";

export interface UnitOverride {
  unitId: string;
  kind?: ConferenceKind;
  required?: boolean;
}

export function blankRow(unit: Unit, districtId: string, override?: UnitOverride): ComplianceRow {
  return {
    unitId: unit.id,
    unitName: unit.name,
    districtId,
    kind: override?.kind ?? kindForUnit(unit),
    required: override?.required ?? true,
    status: "none",
    onTime: false,
    quorumMet: false,
    documentsAdopted: 0,
  };
}

/**
 * The summary items of a new campaign: every active CĐCS in the scope, one item per district, the
 * kind following the unit's ownership unless overridden.
 */
export function buildShards(
  year: string,
  scopeUnitId: string,
  units: readonly Unit[],
  inScope: ReadonlySet<string>,
  overrides: readonly UnitOverride[] = [],
): SummaryShard[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const overrideOf = new Map(overrides.map((o) => [o.unitId, o]));
  const shards = new Map<string, SummaryShard>();
  for (const unit of units) {
    if (!inScope.has(unit.id) || unit.kind !== "cdcs" || unit.status !== "active" || unit.mergedInto)
      continue;
    const districtId = districtOf(unit.id, byId);
    let shard = shards.get(districtId);
    if (!shard) {
      shard = { year, scopeUnitId, shardId: districtId, rows: {} };
      shards.set(districtId, shard);
    }
    shard.rows[unit.id] = blankRow(unit, districtId, overrideOf.get(unit.id));
  }
  return [...shards.values()];
}

/** Two campaigns of the same year may not cover the same unit. */
export function scopesOverlap(
  a: string,
  aAncestors: readonly string[],
  b: string,
  bAncestors: readonly string[],
) {
  return a === b || aAncestors.includes(b) || bAncestors.includes(a);
}

/** "Hội nghị CBCCVC / NLĐ năm học 2023–2024". */
export const defaultTitle = (year: string) => `Hội nghị CBCCVC / NLĐ năm học ${year.replace("-", "–")}`;

/** The deadline inside the school year: "10-31" → 31/10 of the year's first calendar year. */
export function defaultDeadline(year: string, monthDay: string): string {
  const start = Number(year.slice(0, 4));
  const month = Number(monthDay.slice(0, 2));
  // September..December fall in the first calendar year of the school year, the rest in the second.
  return `${month >= 9 ? start : start + 1}-${monthDay}`;
}
