import { describe, expect, it } from "vitest";
import { percentLabel, schoolYearLabel, trendChart } from "./trend-chart";

const row = (year: string, cbccvc: [number, number], nld: [number, number]) => ({
  year,
  cbccvc: { required: cbccvc[0], percent: cbccvc[1] },
  nld: { required: nld[0], percent: nld[1] },
});

describe("trend chart geometry", () => {
  it("puts years left to right in order and 0–100% bottom to top", () => {
    const g = trendChart([row("2023-2024", [46, 97.8], [6, 50]), row("2022-2023", [46, 100], [6, 100])]);
    expect(g.xTicks.map((t) => t.label)).toEqual(["2022–2023", "2023–2024"]);
    expect(g.xTicks[0]?.x).toBe(g.plot.left);
    expect(g.xTicks[1]?.x).toBe(g.plot.right);
    const [cb, nld] = g.lines;
    expect(cb?.kind).toBe("cbccvc");
    expect(cb?.points.map((p) => p.y)).toEqual([g.plot.top, expect.any(Number)]);
    expect(cb?.points[1]?.y).toBeCloseTo(g.plot.bottom - (g.plot.bottom - g.plot.top) * 0.978, 1);
    expect(nld?.points[1]?.y).toBeCloseTo((g.plot.top + g.plot.bottom) / 2, 1);
    expect(cb?.path).toMatch(/^M\d+(\.\d)? \d+(\.\d)? L/);
    expect(g.yTicks.map((t) => t.percent)).toEqual([0, 25, 50, 75, 100]);
    expect(g.yTicks[0]?.y).toBe(g.plot.bottom);
  });

  it("skips a year where a kind had no required unit, centres a single year, clamps out-of-range values", () => {
    const g = trendChart([row("2024-2025", [9, 120], [0, 0])]);
    expect(g.lines[1]?.points).toEqual([]);
    expect(g.lines[1]?.path).toBe("");
    expect(g.lines[0]?.points[0]?.x).toBe((g.plot.left + g.plot.right) / 2);
    expect(g.lines[0]?.points[0]?.y).toBe(g.plot.top);
    expect(trendChart([]).lines.every((l) => l.points.length === 0)).toBe(true);
  });

  it("labels the Vietnamese way", () => {
    expect(percentLabel(97.8)).toBe("97,8%");
    expect(percentLabel(100)).toBe("100%");
    expect(percentLabel(97.8, "en")).toBe("97.8%");
    expect(schoolYearLabel("2022-2023")).toBe("2022–2023");
  });
});
