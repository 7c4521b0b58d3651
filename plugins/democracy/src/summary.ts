import type { Unit } from "@congdoan/core";
import type { StoredItem, TenantStore } from "@congdoan/db";
import { aggregateYear, districtOf, type YearCompliance } from "./compliance";
import { type Campaign, keys, type SummaryShard } from "./model";

export async function loadYearShards(store: TenantStore, year: string) {
  return store.queryAll<SummaryShard>(keys.summary, { skPrefix: [year] });
}

export async function loadCampaigns(store: TenantStore, year?: string) {
  return store.queryAll<Campaign>(keys.campaigns, year ? { skPrefix: [year] } : {});
}

/** The shard holding a unit's row for the year, if the unit is in a campaign. */
export function shardOf(shards: StoredItem<SummaryShard>[], unitId: string) {
  return shards.find((s) => s.data.rows[unitId] !== undefined);
}

export function currentDistricts(units: readonly Unit[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    byId,
    districtOf: (unitId: string) => (byId.has(unitId) ? districtOf(unitId, byId) : undefined),
  };
}

/**
 * Compliance of every school year from the summary items: one query for the shards, one for the
 * campaigns (to know which are closed) — however many units the tenant has.
 */
export async function complianceByYear(
  store: TenantStore,
  units: readonly Unit[],
  year?: string,
): Promise<YearCompliance[]> {
  const [shards, campaigns] = await Promise.all([
    store.queryAll<SummaryShard>(keys.summary, year ? { skPrefix: [year] } : {}),
    loadCampaigns(store, year),
  ]);
  const closed = new Set(
    campaigns.filter((c) => c.data.status === "closed").map((c) => `${c.data.year}/${c.data.scopeUnitId}`),
  );
  const tree = currentDistricts(units);
  const years = [...new Set(shards.map((s) => s.data.year))].sort();
  return years.map((y) => {
    const ofYear = shards.filter((s) => s.data.year === y).map((s) => s.data);
    const closedScopes = new Set(
      ofYear.filter((s) => closed.has(`${y}/${s.scopeUnitId}`)).map((s) => s.scopeUnitId),
    );
    return aggregateYear(y, ofYear, closedScopes, tree.districtOf);
  });
}
