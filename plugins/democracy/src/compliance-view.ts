import type { Unit } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";
import { type Counts, emptyCounts, percentOf, ratioText, type YearCompliance } from "./compliance";
import type { ConferenceKind } from "./model";
import { complianceByYear } from "./summary";

export interface CountsView extends Counts {
  percent: number;
  /** "46/46 (100%)" */
  text: string;
}

export const countsView = (counts: Counts): CountsView => ({
  ...counts,
  percent: percentOf(counts.held, counts.required),
  text: ratioText(counts.held, counts.required),
});

const kindsView = (byKind: Record<ConferenceKind, Counts>) => ({
  cbccvc: countsView(byKind.cbccvc),
  nld: countsView(byKind.nld),
});

export function yearView(year: YearCompliance, names: ReadonlyMap<string, string>) {
  return {
    year: year.year,
    districts: year.districts.map((d) => ({
      districtId: d.districtId,
      districtName: names.get(d.districtId) ?? d.districtId,
      byKind: kindsView(d.byKind),
      total: countsView(d.total),
    })),
    byKind: kindsView(year.byKind),
    total: countsView(year.total),
  };
}

export type YearView = ReturnType<typeof yearView>;

/** One school year of a trend line: held / required / percent per kind (aggregates only). */
export interface TrendPoint {
  year: string;
  cbccvc: { held: number; required: number; percent: number };
  nld: { held: number; required: number; percent: number };
}

const point = (year: string, byKind: Record<ConferenceKind, Counts>): TrendPoint => ({
  year,
  cbccvc: {
    held: byKind.cbccvc.held,
    required: byKind.cbccvc.required,
    percent: percentOf(byKind.cbccvc.held, byKind.cbccvc.required),
  },
  nld: {
    held: byKind.nld.held,
    required: byKind.nld.required,
    percent: percentOf(byKind.nld.held, byKind.nld.required),
  },
});

/**
 * The trend of every district over all school years, from the same per-year aggregates (no extra
 * read): one series per district, every year present (a year the district had no required unit has
 * `required: 0`, which the chart leaves without a point). Sorted by district name.
 */
export function districtTrends(years: readonly YearCompliance[], names: ReadonlyMap<string, string>) {
  const ids = [...new Set(years.flatMap((y) => y.districts.map((d) => d.districtId)))];
  const empty = { cbccvc: emptyCounts(), nld: emptyCounts() };
  return ids
    .map((districtId) => ({
      districtId,
      districtName: names.get(districtId) ?? districtId,
      series: years.map((y) =>
        point(y.year, y.districts.find((d) => d.districtId === districtId)?.byKind ?? empty),
      ),
    }))
    .sort((a, b) => a.districtName.localeCompare(b.districtName, "vi"));
}

/** Compliance of one school year (default: the latest with a campaign) with the year before and the trend. */
export async function loadComplianceView(store: TenantStore, units: readonly Unit[], year?: string) {
  const years = await complianceByYear(store, units);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const chosen = year ? years.find((y) => y.year === year) : years.at(-1);
  const index = chosen ? years.indexOf(chosen) : -1;
  const previous = index > 0 ? years[index - 1] : undefined;
  return {
    years: years.map((y) => y.year),
    current: chosen ? yearView(chosen, names) : undefined,
    previous: previous ? yearView(previous, names) : undefined,
    notHeld: (chosen?.notHeld ?? []).map((r) => ({
      unitId: r.unitId,
      unitName: r.unitName,
      districtId: r.districtId,
      districtName: names.get(r.districtId) ?? r.districtId,
      kind: r.kind,
      status: r.status,
      ...(r.plannedOn ? { plannedOn: r.plannedOn } : {}),
    })),
    trend: years.map((y) => ({
      year: y.year,
      cbccvc: countsView(y.byKind.cbccvc),
      nld: countsView(y.byKind.nld),
      total: countsView(y.total),
    })),
    districtTrend: districtTrends(years, names),
  };
}
