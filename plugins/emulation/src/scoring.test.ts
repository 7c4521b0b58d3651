import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Classification, Criterion, Figure } from "./model";
import { classify, compare, criterionScore, type RankInput, rank, sumFigures, totalScore } from "./scoring";

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
});

/*
 * Property tests (fast-check). Small value sets on purpose, so that ties on the total, on the
 * heaviest criterion and on unit names happen often and the tie-break is really exercised.
 */
const measureArb = fc.constantFrom<Criterion["measure"]>("yes-no", "count", "percentage", "score");
const criteriaArb = fc
  .array(
    fc.record({
      weight: fc.constantFrom(1, 2, 3),
      maxScore: fc.constantFrom(5, 10, 20),
      measure: measureArb,
      fullAt: fc.constantFrom(1, 3, 5),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((cs) => cs.map((c, i): Criterion => ({ id: `c${i}`, name: `Tiêu chí ${i + 1}`, ...c })));
const figureArb: fc.Arbitrary<Figure> = fc.record(
  {
    value: fc.oneof(fc.constantFrom(0, 1, 2, 5, 100), fc.double({ min: -10, max: 1000, noNaN: true })),
    base: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
  },
  { requiredKeys: ["value"] },
);
const figuresArb = (cs: Criterion[]) =>
  fc.record(Object.fromEntries(cs.map((c) => [c.id, figureArb])) as Record<string, fc.Arbitrary<Figure>>, {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, Figure>>;
const thresholdsArb = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b, c]) => {
    const [hoanThanh, tot, xuatSac] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
    return { hoanThanh, tot, xuatSac };
  });
const names = ["Trường Ánh Dương", "Trường An Bình", "Trường Đông Mỹ", "Trường Ánh Dương"];
/** Units of one cluster with criterion scores from a tiny set; the total is derived as in production. */
const clusterArb = criteriaArb.chain((cs) =>
  fc
    .array(
      fc.record({
        name: fc.constantFrom(...names),
        scores: fc.tuple(...cs.map((c) => fc.constantFrom(0, c.maxScore / 2, c.maxScore))),
      }),
      { maxLength: 12 },
    )
    .map((units) => ({
      criteria: cs,
      inputs: units.map((u, i): RankInput => {
        const criterionScores = Object.fromEntries(cs.map((c, k) => [c.id, u.scores[k]!]));
        const figures = Object.fromEntries(cs.map((c) => [c.id, { value: criterionScores[c.id]! }]));
        const scoreCriteria = cs.map((c) => ({ ...c, measure: "score" as const }));
        return {
          unitId: `u${String(i).padStart(2, "0")}`,
          unitName: u.name,
          score: totalScore(scoreCriteria, figures),
          criterionScores,
        };
      }),
    })),
);

/** The documented tie-break, written independently: total, then criteria by weight (stable), else tied. */
function better(a: RankInput, b: RankInput, cs: Criterion[]): number {
  if (a.score !== b.score) return a.score > b.score ? 1 : -1;
  const byWeight = cs.map((c, i) => ({ c, i })).sort((x, y) => y.c.weight - x.c.weight || x.i - y.i);
  for (const { c } of byWeight) {
    const d = (a.criterionScores[c.id] ?? 0) - (b.criterionScores[c.id] ?? 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}
const order: Classification[] = ["khong-hoan-thanh", "hoan-thanh", "tot", "xuat-sac"];

describe("scoring properties (fast-check)", () => {
  it("a criterion scores within [0, max]; the weighted sum within [0, Σ weight × max]; the total within [0, 100]", () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((cs) => fc.tuple(fc.constant(cs), figuresArb(cs))),
        ([cs, figures]) => {
          let earned = 0;
          let possible = 0;
          for (const c of cs) {
            const x = criterionScore(c, figures[c.id]);
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(c.maxScore);
            earned += c.weight * x;
            possible += c.weight * c.maxScore;
          }
          expect(earned).toBeLessThanOrEqual(possible + 1e-9);
          const total = totalScore(cs, figures);
          expect(total).toBeGreaterThanOrEqual(0);
          expect(total).toBeLessThanOrEqual(100);
          expect(total).toBeCloseTo((earned / possible) * 100, 1);
        },
      ),
    );
  });

  it("a better figure on one criterion never lowers the total", () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((cs) =>
          fc.tuple(
            fc.constant(cs),
            figuresArb(cs),
            fc.nat(cs.length - 1),
            fc.double({ min: 0, max: 50, noNaN: true }),
          ),
        ),
        ([cs, figures, k, more]) => {
          const c = cs[k]!;
          const f = figures[c.id] ?? { value: 0 };
          const raised = { ...figures, [c.id]: { ...f, value: Math.max(f.value, 0) + more } };
          const lowered = { ...figures, [c.id]: { ...f, value: Math.max(f.value, 0) } };
          expect(totalScore(cs, raised)).toBeGreaterThanOrEqual(totalScore(cs, lowered));
        },
      ),
    );
  });

  it("classification is monotone in the score and exact at each threshold", () => {
    fc.assert(
      fc.property(
        thresholdsArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (t, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(order.indexOf(classify(lo, t))).toBeLessThanOrEqual(order.indexOf(classify(hi, t)));
          expect(classify(t.xuatSac, t)).toBe("xuat-sac");
          if (t.tot < t.xuatSac) expect(classify(t.tot, t)).toBe("tot");
          if (t.hoanThanh < t.tot) expect(classify(t.hoanThanh, t)).toBe("hoan-thanh");
          if (t.hoanThanh > 0) expect(classify(t.hoanThanh - 0.01, t)).toBe("khong-hoan-thanh");
        },
      ),
    );
  });

  it("the ranking does not depend on the input order", () => {
    fc.assert(
      fc.property(
        clusterArb.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(c.inputs, { minLength: c.inputs.length, maxLength: c.inputs.length }),
          ),
        ),
        ([{ criteria: cs, inputs }, shuffled]) => {
          expect(rank(shuffled, cs)).toEqual(rank(inputs, cs));
        },
      ),
    );
  });

  it("rank = 1 + the number of units strictly better by the documented tie-break (1-2-2-4)", () => {
    fc.assert(
      fc.property(clusterArb, ({ criteria: cs, inputs }) => {
        const ranked = rank(inputs, cs);
        expect(ranked.map((r) => r.unitId).sort()).toEqual(inputs.map((i) => i.unitId).sort());
        for (const r of ranked)
          expect(r.rank).toBe(1 + inputs.filter((other) => better(other, r, cs) > 0).length);
      }),
    );
  });

  it("the list is a total order: by merit, then tied units by Vietnamese name, then id", () => {
    fc.assert(
      fc.property(clusterArb, ({ criteria: cs, inputs }) => {
        const ranked = rank(inputs, cs);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          const m = better(a, b, cs);
          expect(m).toBeGreaterThanOrEqual(0);
          if (m > 0) expect(b.rank).toBe(i + 1);
          else {
            expect(b.rank).toBe(a.rank);
            const byName = a.unitName.localeCompare(b.unitName, "vi");
            expect(byName < 0 || (byName === 0 && a.unitId < b.unitId)).toBe(true);
          }
        }
      }),
    );
  });

  it("a parent's figures equal the sum of its children's, whatever the grouping", () => {
    const child = fc.record({ value: fc.nat(500), base: fc.nat(500) });
    fc.assert(
      fc.property(fc.array(child), fc.array(child), (left, right) => {
        const whole = sumFigures([...left, undefined, ...right]);
        const l = sumFigures(left);
        const r = sumFigures(right);
        expect(whole).toEqual({ value: l.value + r.value, base: l.base + r.base });
        expect(sumFigures([...right, ...left])).toEqual(whole);
      }),
    );
  });
});
