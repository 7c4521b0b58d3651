import { formatNumber, formatPercent, type Unit } from "@congdoan/core";
import type { Attendance, Campaign, ComplianceRow, Conference, ConferenceKind, SummaryShard } from "./model";
import type { Settings } from "./settings";

/** Public units hold the officials' conference; non-public ones the workers' conference. */
export function kindForUnit(unit: Pick<Unit, "ownership">): ConferenceKind {
  return unit.ownership === "non-public" ? "nld" : "cbccvc";
}

/** The unit a CĐCS reports to (its district federation or sector union): its nearest non-CĐCS ancestor. */
export function districtOf(unitId: string, byId: ReadonlyMap<string, Unit>): string {
  let current = byId.get(unitId);
  let parentId = current?.parentId ?? null;
  while (parentId) {
    current = byId.get(parentId);
    if (!current) return parentId;
    if (current.kind !== "cdcs") return current.id;
    parentId = current.parentId;
  }
  return unitId;
}

export interface QuorumCheck {
  met: boolean;
  /** Fewest present people for the quorum. */
  needed: number;
}

export function checkQuorum(
  attendance: Pick<Attendance, "invited" | "present">,
  settings: Pick<Settings, "quorumNumerator" | "quorumDenominator">,
): QuorumCheck {
  const needed = Math.ceil((attendance.invited * settings.quorumNumerator) / settings.quorumDenominator);
  return { met: attendance.invited > 0 && attendance.present >= needed, needed };
}

/** The unit's line in the summary after a conference write. */
export function rowFromConference(
  conference: Conference,
  previous: ComplianceRow,
  campaign: Pick<Campaign, "deadline">,
  settings: Settings,
  districtId: string,
): ComplianceRow {
  const held = conference.closedAt !== undefined;
  const heldOn = conference.preparation.date;
  const { delegatesElected: _e, electedBy: _b, ...rest } = previous;
  const attendance = conference.attendance;
  const throughDelegates = held && conference.preparation.format === "delegates" && attendance !== undefined;
  return {
    ...rest,
    unitName: conference.unitName,
    districtId,
    kind: conference.kind,
    status: held ? "held" : "planned",
    plannedOn: heldOn,
    ...(held ? { heldOn } : {}),
    onTime: held && heldOn <= campaign.deadline,
    quorumMet:
      held && conference.attendance !== undefined && checkQuorum(conference.attendance, settings).met,
    documentsAdopted: held ? conference.documents.length : 0,
    ...(throughDelegates ? { delegatesElected: attendance.delegates ?? attendance.invited } : {}),
    ...(throughDelegates && attendance.election ? { electedBy: attendance.election.to } : {}),
  };
}

export interface Counts {
  required: number;
  held: number;
  heldOnTime: number;
  heldWithQuorum: number;
  documentsAdopted: number;
}

export const emptyCounts = (): Counts => ({
  required: 0,
  held: 0,
  heldOnTime: 0,
  heldWithQuorum: 0,
  documentsAdopted: 0,
});

export function addRow(counts: Counts, row: ComplianceRow): void {
  if (!row.required) return;
  counts.required += 1;
  if (row.status !== "held") return;
  counts.held += 1;
  if (row.onTime) counts.heldOnTime += 1;
  if (row.quorumMet) counts.heldWithQuorum += 1;
  counts.documentsAdopted += row.documentsAdopted;
}

export function addCounts(into: Counts, from: Counts): void {
  into.required += from.required;
  into.held += from.held;
  into.heldOnTime += from.heldOnTime;
  into.heldWithQuorum += from.heldWithQuorum;
  into.documentsAdopted += from.documentsAdopted;
}

/** "46/46 (100%)". */
export function ratioText(held: number, required: number): string {
  if (required === 0) return "0/0";
  return `${formatNumber(held)}/${formatNumber(required)} (${formatPercent(held / required, held === required ? 0 : 1)})`;
}

export const percentOf = (held: number, required: number) =>
  required === 0 ? 0 : Math.round((held / required) * 1000) / 10;

export interface DistrictCompliance {
  districtId: string;
  byKind: Record<ConferenceKind, Counts>;
  total: Counts;
}

export interface YearCompliance {
  year: string;
  districts: DistrictCompliance[];
  byKind: Record<ConferenceKind, Counts>;
  total: Counts;
  /** Required units that have not held theirs (closed) yet. */
  notHeld: ComplianceRow[];
}

/**
 * Groups the summary rows of a school year by district. While a campaign is open the current tree
 * decides the district (a unit moved mid-year takes its conference along); once closed, the district
 * frozen in the row keeps the tree as it was that year.
 */
export function aggregateYear(
  year: string,
  shards: readonly SummaryShard[],
  closedScopes: ReadonlySet<string>,
  currentDistrict: (unitId: string) => string | undefined,
): YearCompliance {
  const districts = new Map<string, DistrictCompliance>();
  const byKind = { cbccvc: emptyCounts(), nld: emptyCounts() };
  const total = emptyCounts();
  const notHeld: ComplianceRow[] = [];
  for (const shard of shards) {
    for (const row of Object.values(shard.rows)) {
      const districtId = closedScopes.has(shard.scopeUnitId)
        ? row.districtId
        : (currentDistrict(row.unitId) ?? row.districtId);
      let district = districts.get(districtId);
      if (!district) {
        district = {
          districtId,
          byKind: { cbccvc: emptyCounts(), nld: emptyCounts() },
          total: emptyCounts(),
        };
        districts.set(districtId, district);
      }
      addRow(district.byKind[row.kind], row);
      addRow(district.total, row);
      addRow(byKind[row.kind], row);
      addRow(total, row);
      if (row.required && row.status !== "held") notHeld.push({ ...row, districtId });
    }
  }
  notHeld.sort(
    (a, b) => a.districtId.localeCompare(b.districtId) || a.unitName.localeCompare(b.unitName, "vi"),
  );
  return {
    year,
    districts: [...districts.values()].sort((a, b) => a.districtId.localeCompare(b.districtId)),
    byKind,
    total,
    notHeld,
  };
}
