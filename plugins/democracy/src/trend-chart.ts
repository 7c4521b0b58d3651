/**
 * Pure geometry of the public trend chart: one line per kind (CBCCVC, NLĐ) over school years,
 * y = percentage held (0–100). No imports, so the web page and the unit test share it.
 */

export type TrendKind = "cbccvc" | "nld";

export interface TrendInput {
  year: string;
  cbccvc: { required: number; percent: number };
  nld: { required: number; percent: number };
}

export interface ChartPoint {
  year: string;
  x: number;
  y: number;
  percent: number;
}

export interface ChartLine {
  kind: TrendKind;
  points: ChartPoint[];
  /** SVG path "M x y L x y …"; empty when the kind never had a required unit. */
  path: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { year: string; label: string; x: number }[];
  yTicks: { percent: number; y: number }[];
  lines: ChartLine[];
}

export const chartSize = { width: 320, height: 200, left: 40, right: 30, top: 12, bottom: 36 };

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp = (n: number) => Math.min(100, Math.max(0, n));

/** "2022-2023" → "2022–2023". */
export const schoolYearLabel = (year: string) => year.replace("-", "–");

/** 97.8 → "97,8%" (vi) / "97.8%" (en); whole numbers without decimals: "100%". */
export function percentLabel(percent: number, locale: "vi" | "en" = "vi"): string {
  const text = Number.isInteger(round1(percent)) ? String(round1(percent)) : round1(percent).toFixed(1);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}

/** Points in SVG coordinates; years sorted ascending; a year where a kind had no required unit has no point. */
export function trendChart(rows: readonly TrendInput[], size = chartSize): ChartGeometry {
  const years = [...rows].sort((a, b) => a.year.localeCompare(b.year));
  const plot = {
    left: size.left,
    right: size.width - size.right,
    top: size.top,
    bottom: size.height - size.bottom,
  };
  const span = plot.right - plot.left;
  const xOf = (i: number) =>
    round1(years.length <= 1 ? plot.left + span / 2 : plot.left + (span * i) / (years.length - 1));
  const yOf = (percent: number) => round1(plot.bottom - ((plot.bottom - plot.top) * clamp(percent)) / 100);
  const line = (kind: TrendKind): ChartLine => {
    const points = years.flatMap((r, i) =>
      r[kind].required > 0
        ? [{ year: r.year, x: xOf(i), y: yOf(r[kind].percent), percent: r[kind].percent }]
        : [],
    );
    return { kind, points, path: points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ") };
  };
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: years.map((r, i) => ({ year: r.year, label: schoolYearLabel(r.year), x: xOf(i) })),
    yTicks: [0, 25, 50, 75, 100].map((percent) => ({ percent, y: yOf(percent) })),
    lines: [line("cbccvc"), line("nld")],
  };
}
