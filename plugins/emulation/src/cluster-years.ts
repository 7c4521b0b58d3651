import type { TenantStore } from "@congdoan/db";
import { keys } from "./keys";

/**
 * The school years that have clusters, for the clusters page's year list: one small marker item
 * per year (clusters themselves sit in one partition per year, which cannot be listed cheaply).
 * Written after a cluster is created (and by the seed); idempotent.
 */
export async function markClusterYear(store: TenantStore, schoolYear: string): Promise<void> {
  if (await store.get(keys.clusterYear(schoolYear))) return;
  await store.upsert(keys.clusterYear(schoolYear), "cluster-year", { schoolYear });
}

/** Years with clusters, latest first. */
export async function clusterYears(store: TenantStore): Promise<string[]> {
  const items = await store.queryAll<{ schoolYear: string }>(keys.clusterYears);
  return items.map((i) => i.data.schoolYear).sort((a, b) => b.localeCompare(a));
}
