import { formatSchoolYear } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { keys } from "./keys";
import { type AwardCount, type CategoryCode, categoryCodes, categoryLabels, type Tally } from "./model";

const sum = (a: AwardCount | undefined, b: AwardCount | undefined): AwardCount => ({
  count: (a?.count ?? 0) + (b?.count ?? 0),
  amount: (a?.amount ?? 0) + (b?.amount ?? 0),
});

export interface PublicSummary {
  schoolYear: string | null;
  /** The school year with awards before `schoolYear`, for year-over-year comparison. */
  previousSchoolYear: string | null;
  /** Every school year with at least one award, oldest first (what `?schoolYear=` may ask for). */
  schoolYearsWithAwards: string[];
  totals: AwardCount;
  nominatingUnits: number;
  byDistrict: {
    districtId: string;
    district: string;
    categories: Partial<Record<CategoryCode, number>> & {};
    count: number;
    amount: number;
    /** Awards of the same district in `previousSchoolYear`. */
    previousCount: number;
  }[];
  byCategory: { category: CategoryCode; label: { vi: string; en: string }; count: number; amount: number }[];
  bySchoolLevel: { schoolLevel: string; count: number; amount: number }[];
  years: { schoolYear: string; count: number; amount: number; nominatingUnits: number }[];
}

/**
 * Every public figure of the module, from the tallies partition alone (one query, paged past 100
 * programmes) plus the unit names. Aggregates only: counts and sums, never a person.
 */
export async function publicSummary(
  store: TenantStore,
  units: UnitDirectory,
  schoolYear?: string,
): Promise<PublicSummary> {
  const tallies = (await store.queryAll<Tally>(keys.tallies)).map((t) => t.data);
  const years = new Map<string, { award: AwardCount; units: Set<string> }>();
  for (const t of tallies) {
    const y = years.get(t.schoolYear) ?? { award: { count: 0, amount: 0 }, units: new Set<string>() };
    y.award = sum(y.award, t.awarded);
    for (const [u, n] of Object.entries(t.nominatedByUnit)) if (n > 0) y.units.add(u);
    years.set(t.schoolYear, y);
  }
  const withAwards = [...years]
    .filter(([, y]) => y.award.count > 0)
    .map(([k]) => k)
    .sort();
  // The latest school year with any award (or the one asked for): a new year's board starts with
  // its first award; until then last year's results stay up.
  const current =
    (schoolYear && years.has(schoolYear) ? schoolYear : undefined) ??
    withAwards.at(-1) ??
    [...years.keys()].sort().at(-1) ??
    null;
  const previous = [...withAwards].reverse().find((y) => current !== null && y < current) ?? null;
  const previousByDistrict = new Map<string, number>();
  for (const t of tallies.filter((x) => x.schoolYear === previous)) {
    for (const [d, a] of Object.entries(t.byDistrict)) {
      previousByDistrict.set(d, (previousByDistrict.get(d) ?? 0) + a.count);
    }
  }
  const now = tallies.filter((t) => t.schoolYear === current);
  const districts = new Map<
    string,
    { award: AwardCount; categories: Partial<Record<CategoryCode, number>> }
  >();
  const byCategory = new Map<CategoryCode, AwardCount>();
  const byLevel = new Map<string, AwardCount>();
  let totals: AwardCount = { count: 0, amount: 0 };
  for (const t of now) {
    totals = sum(totals, t.awarded);
    for (const [d, a] of Object.entries(t.byDistrict)) {
      const entry = districts.get(d) ?? { award: { count: 0, amount: 0 }, categories: {} };
      entry.award = sum(entry.award, a);
      for (const [cat, n] of Object.entries(t.byDistrictCategory[d] ?? {})) {
        entry.categories[cat as CategoryCode] = (entry.categories[cat as CategoryCode] ?? 0) + (n ?? 0);
      }
      districts.set(d, entry);
    }
    for (const [cat, a] of Object.entries(t.byCategory))
      byCategory.set(cat as CategoryCode, sum(byCategory.get(cat as CategoryCode), a));
    for (const [level, a] of Object.entries(t.bySchoolLevel)) byLevel.set(level, sum(byLevel.get(level), a));
  }
  const names = new Map((await units.all()).map((u) => [u.id, u.name]));
  return {
    schoolYear: current,
    previousSchoolYear: previous,
    schoolYearsWithAwards: withAwards,
    totals,
    nominatingUnits: current ? (years.get(current)?.units.size ?? 0) : 0,
    byDistrict: [...districts]
      .filter(([, e]) => e.award.count > 0)
      .map(([id, e]) => ({
        districtId: id,
        district: names.get(id) ?? id,
        categories: e.categories,
        ...e.award,
        previousCount: previousByDistrict.get(id) ?? 0,
      }))
      .sort((a, b) => b.count - a.count || a.district.localeCompare(b.district, "vi")),
    byCategory: categoryCodes
      .filter((c) => (byCategory.get(c)?.count ?? 0) > 0)
      .map((c) => ({ category: c, label: categoryLabels[c], ...byCategory.get(c)! })),
    bySchoolLevel: [...byLevel]
      .filter(([, a]) => a.count > 0)
      .map(([schoolLevel, a]) => ({ schoolLevel, ...a })),
    years: [...years]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([schoolYear, y]) => ({ schoolYear, ...y.award, nominatingUnits: y.units.size })),
  };
}

const yearTitle = (s: PublicSummary) => (s.schoolYear ? ` — năm học ${formatSchoolYear(s.schoolYear)}` : "");
const yearTitleEn = (s: PublicSummary) =>
  s.schoolYear ? ` — school year ${formatSchoolYear(s.schoolYear)}` : "";

export function districtBoard(s: PublicSummary) {
  return {
    title: {
      vi: `Học bổng theo quận/huyện${yearTitle(s)}`,
      en: `Scholarships by district${yearTitleEn(s)}`,
    },
    schoolYear: s.schoolYear,
    columns: [
      { key: "district", label: { vi: "Quận/huyện, ngành", en: "District / sector" } },
      { key: "hocGioi", label: { vi: "Học giỏi", en: "Good results" } },
      { key: "vuotKho", label: { vi: "Vượt khó", en: "Hardship" } },
      { key: "caHai", label: { vi: "Học giỏi, vượt khó", en: "Both" } },
      { key: "count", label: { vi: "Số suất", en: "Awards" } },
      { key: "amount", label: { vi: "Tổng tiền (₫)", en: "Total (₫)" } },
      { key: "previousCount", label: { vi: "Số suất năm trước", en: "Awards the year before" } },
    ],
    previousSchoolYear: s.previousSchoolYear,
    rows: s.byDistrict.map((d) => ({
      district: d.district,
      hocGioi: d.categories["hoc-gioi"] ?? 0,
      vuotKho: d.categories["vuot-kho"] ?? 0,
      caHai: d.categories["hoc-gioi-vuot-kho"] ?? 0,
      count: d.count,
      amount: d.amount,
      previousCount: d.previousCount,
    })),
    totals: s.totals,
    nominatingUnits: s.nominatingUnits,
  };
}

export function categoryBoard(s: PublicSummary) {
  return {
    title: { vi: `Học bổng theo loại${yearTitle(s)}`, en: `Scholarships by category${yearTitleEn(s)}` },
    schoolYear: s.schoolYear,
    columns: [
      { key: "category", label: { vi: "Loại", en: "Category" } },
      { key: "count", label: { vi: "Số suất", en: "Awards" } },
      { key: "amount", label: { vi: "Tổng tiền (₫)", en: "Total (₫)" } },
    ],
    // The name in both languages: the shell's table shows a `{ vi, en }` cell in the reader's.
    rows: s.byCategory.map((c) => ({ category: c.label, count: c.count, amount: c.amount })),
  };
}

export function yearBoard(s: PublicSummary) {
  return {
    title: { vi: "Học bổng qua các năm học", en: "Scholarships over the years" },
    columns: [
      { key: "schoolYear", label: { vi: "Năm học", en: "School year" } },
      { key: "count", label: { vi: "Số suất", en: "Awards" } },
      { key: "amount", label: { vi: "Tổng tiền (₫)", en: "Total (₫)" } },
      { key: "nominatingUnits", label: { vi: "Số CĐCS đề cử", en: "Nominating unions" } },
    ],
    rows: s.years.map((y) => ({ ...y, schoolYear: formatSchoolYear(y.schoolYear) })),
  };
}
