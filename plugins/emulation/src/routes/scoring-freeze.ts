import type { StoredItem } from "@congdoan/db";
import { type Ctx, reject } from "../http";
import { keys } from "../keys";
import type { Criterion, Movement, Result } from "../model";
import { classify, totalScore } from "../scoring";
import { holdsAsDetails } from "../scoring-holds";
import { refreshResultBoards } from "./result-rules";

/**
 * The rule for criteria changes once results exist: the scoring rules (which criteria, in which
 * order, their weight, maximum, measure and full-score count) are frozen as soon as one result of
 * the movement is submitted or accepted — its score was given to the unit and may already rank it.
 * Names may still be corrected. To change the rules, the reviewers return those results first
 * (a returned or draft result is scored again when it is submitted), or the round is left as it is
 * and a new movement is launched.
 *
 * Result steps (submit, accept) are guarded by the movement's version, so one that read the old
 * criteria cannot commit after the change. A result submitted in the instant between the check and
 * the change is scored again by `rescoreAfterChange`, so no submitted or accepted result keeps a
 * score from criteria that are no longer the movement's.
 */
export const scoringRulesOf = (criteria: readonly Criterion[]): string =>
  JSON.stringify(criteria.map((c) => [c.id, c.weight, c.maxScore, c.measure, c.fullAt ?? null]));

const scored = (r: Result) => r.status === "submitted" || r.status === "accepted";

async function scoredResults(c: Ctx, movement: Movement): Promise<StoredItem<Result>[]> {
  const out: StoredItem<Result>[] = [];
  for (const year of movement.schoolYears) {
    // The round item exists from a year's first result: no round, no result to look at.
    if (!(await c.var.store.get(keys.round(movement.id, year)))) continue;
    const items = await c.var.store.queryAll<Result>(keys.results(movement.id, year));
    out.push(...items.filter((i) => scored(i.data)));
  }
  return out;
}

/** How many units holding the freeze the refusal names; the total is always given. */
export const HOLDERS_LISTED = 20;

/**
 * 409 (in both languages) when a scored result exists and the change touches the scoring rules.
 * Besides the sentence, the refusal lists which units' results hold it, for the page to show next
 * to it: the total and at most 20 of them (by school year, then unit name) with the unit's id and
 * name, as `details` (see `../scoring-holds.ts`).
 */
export async function refuseScoringChange(c: Ctx, movement: Movement, criteria: readonly Criterion[]) {
  if (scoringRulesOf(criteria) === scoringRulesOf(movement.criteria)) return;
  const found = await scoredResults(c, movement);
  if (!found.length) return;
  const years = [...new Set(found.map((r) => r.data.schoolYear.replace("-", "–")))].join(", ");
  const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const listed = found
    .map((r) => r.data)
    .sort(
      (a, b) =>
        a.schoolYear.localeCompare(b.schoolYear) ||
        nameOf(a.unitId).localeCompare(nameOf(b.unitId), "vi") ||
        a.unitId.localeCompare(b.unitId),
    )
    .slice(0, HOLDERS_LISTED);
  throw reject.conflictWithDetails(
    {
      vi: `phong trào đã có ${found.length} kết quả đã gửi hoặc đã được chấp nhận (năm học ${years}), nên không đổi được tiêu chí, trọng số, điểm tối đa hay cách tính. Hãy trả lại các kết quả đó cho đơn vị trước (đơn vị sẽ gửi lại và được chấm theo tiêu chí mới), hoặc chỉ sửa tên tiêu chí`,
      en: `the movement already has ${found.length} submitted or accepted result(s) (school year ${years}), so its criteria, weights, maximum scores and measures cannot change. Return those results to their units first (they will be submitted again and scored under the new criteria), or change only the criteria's names`,
    },
    holdsAsDetails(
      found.length,
      listed.map((r) => ({ schoolYear: r.schoolYear, unitId: r.unitId, unitName: nameOf(r.unitId) })),
    ),
  );
}

/** After a scoring change: any result that slipped in meanwhile is scored under the new criteria. */
export async function rescoreAfterChange(c: Ctx, before: Movement, after: Movement): Promise<number> {
  if (scoringRulesOf(before.criteria) === scoringRulesOf(after.criteria)) return 0;
  const thresholds = c.var.settings.thresholds;
  const years = new Set<string>();
  let count = 0;
  for (const item of await scoredResults(c, after)) {
    const score = totalScore(after.criteria, item.data.figures);
    if (score === item.data.score) continue;
    const next: Result = { ...item.data, score, classification: classify(score, thresholds) };
    await c.var.store.transact([
      c.var.store.prepareUpdate(
        keys.result(after.id, item.data.schoolYear, item.data.unitId),
        item,
        item.version,
        next,
      ),
      c.var.audit.prepare({
        action: "emulation.result.rescore",
        unitId: item.data.unitId,
        target: `result:${after.id}/${item.data.schoolYear}/${item.data.unitId}`,
        before: { score: item.data.score },
        after: { score },
      }),
    ]);
    years.add(item.data.schoolYear);
    count++;
  }
  for (const year of years) await refreshResultBoards(c, after, year);
  return count;
}
