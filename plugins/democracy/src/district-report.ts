import type { Unit } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";
import { loadComplianceView } from "./compliance-view";
import type { ComplianceRow } from "./model";
import { remindersOfYear } from "./reminders";
import { currentDistricts, loadCampaigns, loadYearShards } from "./summary";

export interface DelegateCounts {
  /** Conferences held through delegates (hội nghị đại biểu). */
  held: number;
  /** Delegates elected for them, in total. */
  elected: number;
  /** Of those conferences, how many recorded the election meetings. */
  withElection: number;
}

/** The district's conferences held through delegates, from its summary rows. */
export function delegateCounts(
  rows: readonly Pick<ComplianceRow, "status" | "delegatesElected" | "electedBy">[],
) {
  const counts: DelegateCounts = { held: 0, elected: 0, withElection: 0 };
  for (const row of rows) {
    if (row.status !== "held" || row.delegatesElected === undefined) continue;
    counts.held += 1;
    counts.elected += row.delegatesElected;
    if (row.electedBy) counts.withElection += 1;
  }
  return counts;
}

/**
 * Everything a district's printable report shows: its counts per kind, and every required unit
 * with its status (held on, on time, quorum, documents) and the latest reminder. A district has a
 * few hundred schools at most, so the whole list is returned.
 */
export async function loadDistrictReport(
  store: TenantStore,
  units: readonly Unit[],
  districtId: string,
  year?: string,
) {
  const view = await loadComplianceView(store, units, year);
  if (!view.current) return undefined;
  const y = view.current.year;
  const [shards, campaigns, reminders] = await Promise.all([
    loadYearShards(store, y),
    loadCampaigns(store, y),
    remindersOfYear(store, y),
  ]);
  const closed = new Set(campaigns.filter((k) => k.data.status === "closed").map((k) => k.data.scopeUnitId));
  const deadlines = campaigns.map((k) => k.data.deadline).sort();
  const tree = currentDistricts(units);
  const rows = shards
    .flatMap((s) =>
      Object.values(s.data.rows).map((r) => ({
        ...r,
        districtId: closed.has(s.data.scopeUnitId)
          ? r.districtId
          : (tree.districtOf(r.unitId) ?? r.districtId),
      })),
    )
    .filter((r) => r.districtId === districtId && r.required)
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"))
    .map((r) => {
      const reminder = reminders.get(r.unitId);
      return {
        ...r,
        ...(reminder ? { remindedAt: reminder.remindedAt, reminders: reminder.count } : {}),
        ...(reminder?.seenAt ? { reminderSeenAt: reminder.seenAt } : {}),
      };
    });
  return {
    year: y,
    years: view.years,
    districtId,
    districtName: units.find((u) => u.id === districtId)?.name ?? districtId,
    deadline: deadlines.at(-1),
    counts: view.current.districts.find((d) => d.districtId === districtId),
    previous: view.previous?.districts.find((d) => d.districtId === districtId),
    delegates: delegateCounts(rows),
    units: rows,
  };
}
