import type { Classification, Comparison, Criterion, Figure } from "./model";

/**
 * Scoring, classification and ranking (pure functions, no I/O).
 *
 * Score of a criterion, between 0 and its maxScore:
 *   yes-no      value 1 → maxScore, 0 → 0
 *   count       min(value / fullAt, 1) × maxScore   (fullAt defaults to 1)
 *   percentage  value / base (or value as a percent when no base) × maxScore, capped at 100 %
 *   score       the value itself, capped at maxScore
 * Total = Σ weight × criterion score / Σ weight × maxScore × 100, rounded to 2 decimals.
 */
export function criterionScore(criterion: Criterion, figure: Figure | undefined): number {
  if (!figure) return 0;
  const { value } = figure;
  const max = criterion.maxScore;
  switch (criterion.measure) {
    case "yes-no":
      return value >= 1 ? max : 0;
    case "count":
      return Math.min(Math.max(value, 0) / (criterion.fullAt ?? 1), 1) * max;
    case "percentage": {
      const ratio = figure.base !== undefined ? (figure.base > 0 ? value / figure.base : 0) : value / 100;
      return Math.min(Math.max(ratio, 0), 1) * max;
    }
    case "score":
      return Math.min(Math.max(value, 0), max);
  }
}

export function totalScore(criteria: readonly Criterion[], figures: Record<string, Figure>): number {
  let earned = 0;
  let possible = 0;
  for (const c of criteria) {
    earned += c.weight * criterionScore(c, figures[c.id]);
    possible += c.weight * c.maxScore;
  }
  return possible > 0 ? round2((earned / possible) * 100) : 0;
}

export interface Thresholds {
  xuatSac: number;
  tot: number;
  hoanThanh: number;
}

export function classify(score: number, t: Thresholds): Classification {
  if (score >= t.xuatSac) return "xuat-sac";
  if (score >= t.tot) return "tot";
  if (score >= t.hoanThanh) return "hoan-thanh";
  return "khong-hoan-thanh";
}

export const classificationLabels: Record<Classification, { vi: string; en: string }> = {
  "xuat-sac": { vi: "Hoàn thành xuất sắc nhiệm vụ", en: "Outstanding" },
  tot: { vi: "Hoàn thành tốt nhiệm vụ", en: "Good" },
  "hoan-thanh": { vi: "Hoàn thành nhiệm vụ", en: "Completed" },
  "khong-hoan-thanh": { vi: "Không hoàn thành nhiệm vụ", en: "Not completed" },
};

export interface RankInput {
  unitId: string;
  unitName: string;
  score: number;
  /** Criterion scores keyed by criterion id (for tie-breaking). */
  criterionScores: Record<string, number>;
}

export interface Ranked extends RankInput {
  rank: number;
}

/**
 * Ranking inside a cluster, independent of input order. Tie-breaking, in this order:
 *   1. higher total score;
 *   2. higher score on the criterion of highest weight, then the next (equal weights: criteria order);
 *   3. still equal → same rank ("đồng hạng"), the next rank skips (1, 2, 2, 4);
 *      listed by unit name (Vietnamese collation), then unit id, so the list is stable.
 */
export function rank(inputs: readonly RankInput[], criteria: readonly Criterion[]): Ranked[] {
  const order = criteria
    .map((c, i) => ({ id: c.id, weight: c.weight, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((c) => c.id);
  const merit = (a: RankInput, b: RankInput) => {
    if (a.score !== b.score) return b.score - a.score;
    for (const id of order) {
      const d = (b.criterionScores[id] ?? 0) - (a.criterionScores[id] ?? 0);
      if (Math.abs(d) > 1e-9) return d;
    }
    return 0;
  };
  const sorted = [...inputs].sort(
    (a, b) =>
      merit(a, b) ||
      a.unitName.localeCompare(b.unitName, "vi") ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
  const out: Ranked[] = [];
  sorted.forEach((item, i) => {
    const prev = out[i - 1];
    const shared = prev && merit(prev, item) === 0;
    out.push({ ...item, rank: shared ? prev.rank : i + 1 });
  });
  return out;
}

export function compare(achieved: number, comparison: Comparison, planned: number): boolean {
  switch (comparison) {
    case ">=":
      return achieved >= planned - 1e-9;
    case ">":
      return achieved > planned + 1e-9;
    case "=":
      return Math.abs(achieved - planned) < 1e-9;
    case "<=":
      return achieved <= planned + 1e-9;
  }
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Sums of figures across units: a parent's figure is computed from its children, never typed. */
export function sumFigures(figures: readonly (Figure | undefined)[]): { value: number; base: number } {
  let value = 0;
  let base = 0;
  for (const f of figures) {
    if (!f) continue;
    value += f.value;
    base += f.base ?? 0;
  }
  return { value, base };
}
