import { ConflictError, type Unit, VersionMismatchError } from "@congdoan/core";
import type { StoredItem, TenantStore, TransactionOp } from "@congdoan/db";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { keys } from "./keys";
import type { Cluster, Decision, Initiative, InitiativeTally, Movement, Result } from "./model";
import {
  classificationLabels,
  classify,
  compare,
  criterionScore,
  rank,
  round2,
  sumFigures,
  type Thresholds,
} from "./scoring";

/**
 * Public boards are precomputed items. Each refresh reads the board's current version FIRST, then
 * recounts from the records, then writes guarded by that version (retrying on a race). Whoever
 * writes last has read every record committed before its write, so a board never drifts from a
 * recount, even when two reviewers accept results at the same moment.
 */
async function guarded(store: TenantStore, build: () => Promise<TransactionOp[]>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const ops = await build();
      for (let i = 0; i < ops.length; i += 100) await store.transact(ops.slice(i, i + 100));
      return;
    } catch (error) {
      const race = error instanceof VersionMismatchError || error instanceof ConflictError;
      if (!race || attempt >= 8) throw error;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

function put<T>(
  store: TenantStore,
  address: Parameters<TenantStore["get"]>[0],
  current: StoredItem<unknown> | undefined,
  type: string,
  data: T,
) {
  return current
    ? store.prepareUpdate(address, current, current.version, data)
    : store.prepareCreate(address, type, data);
}

/** The level-1 unit under the root a unit belongs to (its district or sector union). */
export async function districtOf(units: UnitDirectory, unitId: string): Promise<string> {
  const path = await units.ancestors(unitId);
  return path[1] ?? (path.length === 1 ? unitId : unitId);
}

export interface RankingRow {
  rank: number;
  unitId: string;
  unitName: string;
  score: number;
  classification: string;
}
export interface RankingBoard {
  movementId: string;
  movementName: string;
  schoolYear: string;
  clusterId: string;
  clusterName: string;
  rows: RankingRow[];
}

/** Ranking of every cluster of a school year for one movement, from accepted results only. */
export async function refreshRanking(
  store: TenantStore,
  units: UnitDirectory,
  movement: Movement,
  year: string,
  thresholds: Thresholds,
) {
  await guarded(store, async () => {
    const boards = await store.queryAll<RankingBoard>(keys.rankingBoards(year), { skPrefix: [movement.id] });
    const years = await store.get<{ years: string[] }>(keys.rankingYears);
    const clusters = await store.queryAll<Cluster>(keys.clusters(year));
    const results = await store.queryAll<Result>(keys.results(movement.id, year));
    const accepted = new Map(
      results.filter((r) => r.data.status === "accepted").map((r) => [r.data.unitId, r.data]),
    );
    const names = new Map((await units.all()).map((u: Unit) => [u.id, u.name]));
    const ops: TransactionOp[] = [];
    const seen = new Set<string>();
    for (const { data: cluster } of clusters) {
      const inputs = cluster.unitIds.flatMap((unitId) => {
        const r = accepted.get(unitId);
        if (!r) return [];
        const criterionScores = Object.fromEntries(
          movement.criteria.map((c) => [c.id, criterionScore(c, r.figures[c.id])]),
        );
        return [{ unitId, unitName: names.get(unitId) ?? unitId, score: r.score ?? 0, criterionScores }];
      });
      const rows = rank(inputs, movement.criteria).map((x) => ({
        rank: x.rank,
        unitId: x.unitId,
        unitName: x.unitName,
        score: x.score,
        classification: classify(x.score, thresholds),
      }));
      const board: RankingBoard = {
        movementId: movement.id,
        movementName: movement.name,
        schoolYear: year,
        clusterId: cluster.id,
        clusterName: cluster.name,
        rows,
      };
      const current = boards.find((b) => b.data.clusterId === cluster.id);
      seen.add(cluster.id);
      if (current && JSON.stringify(current.data) === JSON.stringify(board)) {
        ops.push(store.prepareCheck(keys.rankingBoard(year, movement.id, cluster.id), current.version));
        continue;
      }
      ops.push(put(store, keys.rankingBoard(year, movement.id, cluster.id), current, "ranking-board", board));
    }
    for (const stale of boards.filter((b) => !seen.has(b.data.clusterId))) {
      ops.push(
        store.prepareDelete(keys.rankingBoard(year, movement.id, stale.data.clusterId), stale.version),
      );
    }
    if (!years?.data.years.includes(year) && clusters.length > 0) {
      const next = [...(years?.data.years ?? []), year].sort();
      ops.push(put(store, keys.rankingYears, years, "ranking-years", { years: next }));
    }
    return ops;
  });
}

/** Recomputes the rankings of every movement that runs in this school year (after a cluster change). */
export async function refreshRankingsOfYear(
  store: TenantStore,
  units: UnitDirectory,
  year: string,
  thresholds: Thresholds,
) {
  const movements = await store.queryAll<Movement>(keys.movements);
  for (const m of movements)
    if (m.data.schoolYears.includes(year)) await refreshRanking(store, units, m.data, year, thresholds);
}

export interface TargetRow {
  movementId: string;
  movement: string;
  period: string;
  targetId: string;
  target: string;
  scope: string;
  comparison: string;
  planned: number;
  unit: "percent" | "count";
  achieved: number | null;
  asOf: string | null;
  met: boolean | null;
}

/** Achieved value of a computed target for a set of units: Σ value / Σ base over accepted results. */
export function achievedFrom(
  results: Result[],
  criterionId: string,
  unit: "percent" | "count",
): number | null {
  if (results.length === 0) return null;
  const { value, base } = sumFigures(results.map((r) => r.figures[criterionId]));
  if (unit === "count") return value;
  return base > 0 ? round2((value / base) * 100) : null;
}

/** Targets vs results for the tenant and per district: planned, achieved, as of, met. */
export async function refreshTargets(store: TenantStore, units: UnitDirectory) {
  await guarded(store, async () => {
    const current = await store.get<{ rows: TargetRow[] }>(keys.targetsBoard);
    const movements = await store.queryAll<Movement>(keys.movements);
    const all = await units.all();
    const names = new Map(all.map((u) => [u.id, u.name]));
    const rows: TargetRow[] = [];
    for (const { data: m } of movements) {
      for (const t of m.targets) {
        const base = {
          movementId: m.id,
          movement: m.name,
          period: m.period,
          targetId: t.id,
          target: t.name,
          comparison: t.comparison,
          planned: t.planned,
          unit: t.unit,
        };
        if (!t.criterionId) {
          const a = t.achieved;
          rows.push({
            ...base,
            scope: "Toàn đơn vị",
            achieved: a?.value ?? null,
            asOf: a?.asOf ?? null,
            met: a ? compare(a.value, t.comparison, t.planned) : null,
          });
          continue;
        }
        for (const year of m.schoolYears) {
          const accepted = (await store.queryAll<Result>(keys.results(m.id, year))).filter(
            (r) => r.data.status === "accepted",
          );
          if (accepted.length === 0) continue;
          const asOf =
            accepted
              .map((r) => r.data.review?.at.slice(0, 10) ?? "")
              .sort()
              .at(-1) ?? null;
          const push = (scope: string, list: Result[]) => {
            const achieved = achievedFrom(list, t.criterionId!, t.unit);
            rows.push({
              ...base,
              period: year,
              scope,
              achieved,
              asOf,
              met: achieved === null ? null : compare(achieved, t.comparison, t.planned),
            });
          };
          push(
            "Toàn đơn vị",
            accepted.map((r) => r.data),
          );
          const byDistrict = new Map<string, Result[]>();
          for (const r of accepted) {
            const d = await districtOf(units, r.data.unitId);
            byDistrict.set(d, [...(byDistrict.get(d) ?? []), r.data]);
          }
          if (byDistrict.size > 1) for (const [d, list] of byDistrict) push(names.get(d) ?? d, list);
        }
      }
    }
    return [put(store, keys.targetsBoard, current, "targets-board", { rows })];
  });
}

export interface AwardRow {
  schoolYear: string;
  level: string;
  form: string;
  title: string;
  collective: number;
  individual: number;
}

/** Award counts per school year, level and form (collectives and individuals), from every decision. */
export async function refreshAwards(store: TenantStore) {
  await guarded(store, async () => {
    const current = await store.get<{ rows: AwardRow[] }>(keys.awardsBoard);
    const decisions = await store.queryAll<Decision>(keys.decisions);
    const rows = new Map<string, AwardRow>();
    for (const { data: d } of decisions) {
      for (const line of d.lines) {
        const key = [d.schoolYear, d.level, line.form, line.title ?? ""].join("|");
        const row = rows.get(key) ?? {
          schoolYear: d.schoolYear,
          level: d.level,
          form: line.form,
          title: line.title ?? "",
          collective: 0,
          individual: 0,
        };
        row[line.recipient === "collective" ? "collective" : "individual"]++;
        rows.set(key, row);
      }
    }
    const sorted = [...rows.values()].sort(
      (a, b) =>
        b.schoolYear.localeCompare(a.schoolYear) ||
        levelOrder(a.level) - levelOrder(b.level) ||
        a.form.localeCompare(b.form),
    );
    return [put(store, keys.awardsBoard, current, "awards-board", { rows: sorted })];
  });
}

const LEVELS = ["tong-ldld", "cdgd-vn", "ldld-tinh", "cdn-gd", "ldld-huyen"];
const levelOrder = (l: string) => LEVELS.indexOf(l);

export interface InitiativeRow {
  period: string;
  districtId: string;
  district: string;
  submitted: number;
  recognised: number;
}

/** Initiatives submitted / recognised per period and district: records of the year plus reported tallies. */
export async function refreshInitiatives(store: TenantStore, units: UnitDirectory, period: string) {
  await guarded(store, async () => {
    const current = await store.get<{ rows: InitiativeRow[] }>(keys.initiativesBoard);
    const records = /^\d{4}-\d{4}$/.test(period)
      ? await store.queryAll<Initiative>(keys.initiatives(period))
      : [];
    const tallies = await store.queryAll<InitiativeTally>(["TALLY"], { skPrefix: [period] });
    const names = new Map((await units.all()).map((u) => [u.id, u.name]));
    const rows = new Map<string, InitiativeRow>();
    const add = async (unitId: string, submitted: number, recognised: number) => {
      const districtId = await districtOf(units, unitId);
      const row = rows.get(districtId) ?? {
        period,
        districtId,
        district: names.get(districtId) ?? districtId,
        submitted: 0,
        recognised: 0,
      };
      row.submitted += submitted;
      row.recognised += recognised;
      rows.set(districtId, row);
    };
    for (const { data } of records) await add(data.unitId, 1, data.status === "recognised" ? 1 : 0);
    for (const { data } of tallies) await add(data.unitId, data.submitted, data.recognised);
    const others = (current?.data.rows ?? []).filter((r) => r.period !== period);
    const next = [...others, ...rows.values()].sort(
      (a, b) => b.period.localeCompare(a.period) || a.district.localeCompare(b.district, "vi"),
    );
    return [put(store, keys.initiativesBoard, current, "initiatives-board", { rows: next })];
  });
}

export const classificationText = (c: string) =>
  classificationLabels[c as keyof typeof classificationLabels]?.vi ?? c;
