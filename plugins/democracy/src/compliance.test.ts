import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildShards, defaultDeadline } from "./campaign-scope";
import { addCounts, aggregateYear, checkQuorum, emptyCounts, ratioText } from "./compliance";
import type { ComplianceRow, SummaryShard } from "./model";

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rowArb = fc
  .record({
    held: fc.boolean(),
    planned: fc.boolean(),
    kind: fc.constantFrom("cbccvc" as const, "nld" as const),
    required: fc.boolean(),
    onTime: fc.boolean(),
    quorumMet: fc.boolean(),
    documentsAdopted: fc.integer({ min: 0, max: 6 }),
  })
  .map((r) => ({
    kind: r.kind,
    required: r.required,
    status: r.held ? ("held" as const) : r.planned ? ("planned" as const) : ("none" as const),
    onTime: r.held && r.onTime,
    quorumMet: r.held && r.quorumMet,
    documentsAdopted: r.held ? r.documentsAdopted : 0,
  }));

/** 1–5 districts of 0–30 units each (fast-check shrinks a failing tree to a small one). */
const shardsArb = fc
  .array(fc.array(rowArb, { maxLength: 30 }), { minLength: 1, maxLength: 5 })
  .map((districts) =>
    districts.map((units, d): SummaryShard => {
      const rows: Record<string, ComplianceRow> = {};
      units.forEach((u, i) => {
        const id = `u-${d}-${i}`;
        rows[id] = { unitId: id, unitName: id, districtId: `d${d}`, ...u };
      });
      return { year: "2025-2026", scopeUnitId: "root", shardId: `d${d}`, rows };
    }),
  );

function randomShards(seed: number): SummaryShard[] {
  const rnd = random(seed);
  const districts = 1 + Math.floor(rnd() * 5);
  const shards: SummaryShard[] = [];
  for (let d = 0; d < districts; d++) {
    const rows: Record<string, ComplianceRow> = {};
    const n = Math.floor(rnd() * 30);
    for (let i = 0; i < n; i++) {
      const held = rnd() < 0.7;
      const id = `u-${d}-${i}`;
      rows[id] = {
        unitId: id,
        unitName: id,
        districtId: `d${d}`,
        kind: rnd() < 0.8 ? "cbccvc" : "nld",
        required: rnd() < 0.95,
        status: held ? "held" : rnd() < 0.5 ? "planned" : "none",
        onTime: held && rnd() < 0.8,
        quorumMet: held && rnd() < 0.9,
        documentsAdopted: held ? Math.floor(rnd() * 6) : 0,
      };
    }
    shards.push({ year: "2025-2026", scopeUnitId: "root", shardId: `d${d}`, rows });
  }
  return shards;
}

describe("compliance aggregation", () => {
  it("always gives tenant totals equal to the sum over its districts, however units move (fast-check)", () => {
    fc.assert(
      fc.property(
        shardsArb,
        fc.func(fc.option(fc.constantFrom("d0", "d1", "d9"), { nil: undefined })),
        (shards, move) => {
          const year = aggregateYear("2025-2026", shards, new Set(), (id) => move(id));
          const sum = emptyCounts();
          for (const d of year.districts) addCounts(sum, d.total);
          expect(sum).toEqual(year.total);
          const kinds = emptyCounts();
          addCounts(kinds, year.byKind.cbccvc);
          addCounts(kinds, year.byKind.nld);
          expect(kinds).toEqual(year.total);
          const rows = shards.flatMap((s) => Object.values(s.rows)).filter((r) => r.required);
          expect(year.total.required).toBe(rows.length);
          expect(year.total.held).toBe(rows.filter((r) => r.status === "held").length);
          expect(year.notHeld).toHaveLength(rows.filter((r) => r.status !== "held").length);
          // Moving units between districts never changes the tenant's totals.
          expect(aggregateYear("2025-2026", shards, new Set(), () => undefined).total).toEqual(year.total);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("moves a unit's conference with the unit while the campaign is open, keeps the old tree once closed", () => {
    const shards = randomShards(7);
    const moved = Object.values(shards[0]!.rows).find((r) => r.required && r.status === "held")!;
    const tree = (id: string) => (id === moved.unitId ? "elsewhere" : undefined);
    const open = aggregateYear("2025-2026", shards, new Set(), tree);
    expect(open.districts.find((d) => d.districtId === "elsewhere")?.total.held).toBe(1);
    const closed = aggregateYear("2025-2026", shards, new Set(["root"]), tree);
    expect(closed.districts.find((d) => d.districtId === "elsewhere")).toBeUndefined();
    expect(open.total).toEqual(closed.total);
  });

  it("writes ratios the Vietnamese way", () => {
    expect(ratioText(46, 46)).toBe("46/46 (100%)");
    expect(ratioText(45, 46)).toBe("45/46 (97,8%)");
    expect(ratioText(0, 0)).toBe("0/0");
  });

  it("checks the quorum at two thirds of those invited, rounding up", () => {
    const rule = { quorumNumerator: 2, quorumDenominator: 3 };
    expect(checkQuorum({ invited: 35, present: 24 }, rule)).toEqual({ met: true, needed: 24 });
    expect(checkQuorum({ invited: 35, present: 23 }, rule)).toEqual({ met: false, needed: 24 });
    expect(checkQuorum({ invited: 0, present: 0 }, rule).met).toBe(false);
  });

  it("lists only active grassroots unions in a campaign, kind following ownership unless overridden", () => {
    const base = { memberCount: 10, status: "active" as const };
    const units = [
      { ...base, id: "root", name: "LĐLĐ", kind: "ldld" as const, parentId: null },
      { ...base, id: "q", name: "Quận", kind: "ldld-huyen" as const, parentId: "root" },
      { ...base, id: "a", name: "A", kind: "cdcs" as const, parentId: "q", ownership: "public" as const },
      { ...base, id: "b", name: "B", kind: "cdcs" as const, parentId: "q", ownership: "non-public" as const },
      { ...base, id: "c", name: "C", kind: "cdcs" as const, parentId: "q", status: "closed" as const },
      { ...base, id: "d", name: "D", kind: "cdcs" as const, parentId: "root" },
    ];
    const shards = buildShards("2025-2026", "root", units, new Set(units.map((u) => u.id)), [
      { unitId: "a", kind: "nld" },
    ]);
    const q = shards.find((s) => s.shardId === "q")!;
    expect(Object.keys(q.rows).sort()).toEqual(["a", "b"]);
    expect(q.rows.a!.kind).toBe("nld");
    expect(q.rows.b!.kind).toBe("nld");
    expect(shards.find((s) => s.shardId === "root")!.rows.d!.kind).toBe("cbccvc");
  });

  it("puts the default deadline of 31/10 in the school year's first calendar year", () => {
    expect(defaultDeadline("2023-2024", "10-31")).toBe("2023-10-31");
    expect(defaultDeadline("2023-2024", "03-15")).toBe("2024-03-15");
  });
});
