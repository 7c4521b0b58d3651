import type { Unit } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";
import type { ScoreboardLoader } from "@congdoan/plugin-sdk";
import { loadComplianceView } from "./compliance-view";
import { kindLabels } from "./model";
import type { Settings } from "./settings";

/** What the public may see: counts and percentages per district and kind, never a unit's shortfall list. */
export async function publicSummary(store: TenantStore, units: readonly Unit[], year?: string) {
  const view = await loadComplianceView(store, units, year);
  return {
    year: view.current?.year,
    years: view.years,
    districts: view.current?.districts ?? [],
    byKind: view.current?.byKind,
    total: view.current?.total,
    previous: view.previous
      ? { year: view.previous.year, byKind: view.previous.byKind, total: view.previous.total }
      : undefined,
    trend: view.trend,
    districtTrend: view.districtTrend,
  };
}

const yearOf = (settings: Settings) => settings.publicSchoolYear || undefined;

/** The compliance board declared in `index.ts`: the current (or chosen) school year, per district. */
export const scoreboardLoaders: Record<string, ScoreboardLoader<Settings>> = {
  async compliance({ store, units, settings }) {
    const s = await publicSummary(store, await units.all(), yearOf(settings));
    return {
      title: { vi: `Năm học ${(s.year ?? "").replace("-", "–")}`, en: `School year ${s.year ?? ""}` },
      year: s.year,
      columns: [
        { key: "district", label: { vi: "Đơn vị", en: "District" } },
        { key: "cbccvc", label: kindLabels.cbccvc },
        { key: "nld", label: kindLabels.nld },
        { key: "documents", label: { vi: "Văn bản thông qua", en: "Documents adopted" } },
      ],
      rows: [
        ...s.districts.map((d) => ({
          district: d.districtName,
          cbccvc: d.byKind.cbccvc.required ? d.byKind.cbccvc.text : "—",
          nld: d.byKind.nld.required ? d.byKind.nld.text : "—",
          documents: d.total.documentsAdopted,
        })),
        ...(s.total
          ? [
              {
                district: "Toàn liên đoàn",
                cbccvc: s.byKind?.cbccvc.text ?? "—",
                nld: s.byKind?.nld.text ?? "—",
                documents: s.total.documentsAdopted,
              },
            ]
          : []),
      ],
      districts: s.districts,
      byKind: s.byKind,
      total: s.total,
    };
  },
  async trend({ store, units }) {
    const s = await publicSummary(store, await units.all());
    return {
      columns: [
        { key: "year", label: { vi: "Năm học", en: "School year" } },
        { key: "cbccvc", label: kindLabels.cbccvc },
        { key: "nld", label: kindLabels.nld },
        { key: "total", label: { vi: "Chung", en: "Total" } },
        { key: "documents", label: { vi: "Văn bản thông qua", en: "Documents adopted" } },
      ],
      rows: s.trend.map((t) => ({
        year: t.year.replace("-", "–"),
        cbccvc: t.cbccvc.text,
        nld: t.nld.text,
        total: t.total.text,
        documents: t.total.documentsAdopted,
        percent: t.total.percent,
      })),
      // For the web chart: counts and percentages per kind (aggregates only).
      series: s.trend.map((t) => ({
        year: t.year,
        cbccvc: { held: t.cbccvc.held, required: t.cbccvc.required, percent: t.cbccvc.percent },
        nld: { held: t.nld.held, required: t.nld.required, percent: t.nld.percent },
      })),
      // The same per district (district names and counts only), for the district selector.
      districts: s.districtTrend,
    };
  },
};
