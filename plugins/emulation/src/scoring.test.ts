import { describe, expect, it } from "vitest";
import type { Criterion } from "./model";
import { classify, compare, criterionScore, rank, sumFigures, totalScore } from "./scoring";

/**
 * Property tests with a seeded generator (fast-check is not installed in the repository; the same
 * idea: many random inputs, properties that must always hold).
 */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const shuffle = <T>(xs: T[], r: () => number) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};

const criteria: Criterion[] = [
  { id: "c1", name: "Dạy tốt", weight: 3, maxScore: 10, measure: "score" },
  { id: "c2", name: "GVTĐVN", weight: 2, maxScore: 10, measure: "percentage" },
  { id: "c3", name: "Sáng kiến", weight: 2, maxScore: 10, measure: "count", fullAt: 5 },
  { id: "c4", name: "Xanh sạch đẹp", weight: 1, maxScore: 10, measure: "yes-no" },
];
const thresholds = { xuatSac: 90, tot: 80, hoanThanh: 50 };

describe("scoring", () => {
  it("scores each measure as documented", () => {
    expect(criterionScore(criteria[0]!, { value: 8 })).toBe(8);
    expect(criterionScore(criteria[0]!, { value: 14 })).toBe(10);
    expect(criterionScore(criteria[1]!, { value: 87, base: 100 })).toBeCloseTo(8.7);
    expect(criterionScore(criteria[1]!, { value: 95 })).toBeCloseTo(9.5);
    expect(criterionScore(criteria[2]!, { value: 2 })).toBe(4);
    expect(criterionScore(criteria[3]!, { value: 0 })).toBe(0);
    expect(
      totalScore(criteria, {
        c1: { value: 10 },
        c2: { value: 1, base: 1 },
        c3: { value: 5 },
        c4: { value: 1 },
      }),
    ).toBe(100);
    expect(totalScore(criteria, {})).toBe(0);
  });

  it("classifies at the thresholds", () => {
    expect(classify(90, thresholds)).toBe("xuat-sac");
    expect(classify(89.99, thresholds)).toBe("tot");
    expect(classify(50, thresholds)).toBe("hoan-thanh");
    expect(classify(49, thresholds)).toBe("khong-hoan-thanh");
  });

  it("compares achieved with planned (the Đắk Nông targets are not met)", () => {
    expect(compare(94, ">=", 100)).toBe(false);
    expect(compare(87, ">", 95)).toBe(false);
    expect(compare(95, ">", 95)).toBe(false);
    expect(compare(95, ">=", 95)).toBe(true);
  });

  it("breaks ties by the heaviest criterion, then shares the rank", () => {
    const ranked = rank(
      [
        { unitId: "b", unitName: "Trường B", score: 80, criterionScores: { c1: 8, c2: 8 } },
        { unitId: "a", unitName: "Trường A", score: 80, criterionScores: { c1: 9, c2: 6 } },
        { unitId: "c", unitName: "Trường C", score: 80, criterionScores: { c1: 8, c2: 8 } },
        { unitId: "d", unitName: "Trường D", score: 95, criterionScores: {} },
      ],
      criteria,
    );
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ["d", 1],
      ["a", 2],
      ["b", 3],
      ["c", 3],
    ]);
  });

  it("property: ranking and classification do not depend on input order", () => {
    const r = prng(20192020);
    for (let run = 0; run < 200; run++) {
      const n = 1 + Math.floor(r() * 15);
      const inputs = Array.from({ length: n }, (_, i) => {
        const figures = {
          c1: { value: Math.floor(r() * 4) * 3 },
          c2: { value: Math.floor(r() * 3), base: 2 },
          c3: { value: Math.floor(r() * 3) },
          c4: { value: Math.floor(r() * 2) },
        };
        return {
          unitId: `u${i}`,
          unitName: `Trường ${String.fromCharCode(65 + Math.floor(r() * 3))}`,
          score: totalScore(criteria, figures),
          criterionScores: Object.fromEntries(
            criteria.map((c) => [c.id, criterionScore(c, figures[c.id as "c1"])]),
          ),
        };
      });
      const a = rank(inputs, criteria).map((x) => [x.unitId, x.rank, classify(x.score, thresholds)]);
      const b = rank(shuffle(inputs, r), criteria).map((x) => [
        x.unitId,
        x.rank,
        classify(x.score, thresholds),
      ]);
      expect(b).toEqual(a);
      const ranks = a.map((x) => x[1] as number);
      expect(ranks[0]).toBe(1);
      for (let i = 1; i < ranks.length; i++) expect(ranks[i]! >= ranks[i - 1]!).toBe(true);
    }
  });

  it("property: a parent's aggregate equals the sum of its children, whatever the grouping", () => {
    const r = prng(403);
    for (let run = 0; run < 200; run++) {
      const children = Array.from({ length: Math.floor(r() * 30) }, () => ({
        value: Math.floor(r() * 50),
        base: 50 + Math.floor(r() * 20),
      }));
      const whole = sumFigures(children);
      const cut = Math.floor(r() * (children.length + 1));
      const left = sumFigures(children.slice(0, cut));
      const right = sumFigures(shuffle(children.slice(cut), r));
      expect(whole).toEqual({ value: left.value + right.value, base: left.base + right.base });
    }
  });
});
