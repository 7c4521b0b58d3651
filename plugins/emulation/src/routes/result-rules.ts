import { ConflictError, formatNumber, type LocalizedText, NotFoundError, type Unit } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { z } from "@congdoan/plugin-sdk";
import { refreshRanking, refreshTargets } from "../boards";
import { type Ctx, reject } from "../http";
import { keys } from "../keys";
import type { Figure, Movement, Result, Round } from "../model";

/** Rules shared by the result and round routes. */
export const FigureInput = z.object({
  value: z.number().min(0).max(1_000_000),
  base: z.number().int().min(0).max(1_000_000).optional(),
  note: z.string().max(1000).optional(),
});

export function checkYear(movement: Movement, year: string) {
  if (!movement.schoolYears.includes(year))
    throw reject.bad({
      vi: `năm học ${year} không thuộc phong trào (${movement.period})`,
      en: `school year ${year} is not part of the movement (${movement.period})`,
    });
}

/** The round exists from the first result of the year; every result write is guarded by its version. */
export async function openRound(c: Ctx, movementId: string, year: string): Promise<StoredItem<Round>> {
  const address = keys.round(movementId, year);
  let round = await c.var.store.get<Round>(address);
  if (!round) {
    try {
      round = await c.var.store.create<Round>(address, "round", {
        movementId,
        schoolYear: year,
        status: "open",
        events: [],
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      round = (await c.var.store.get<Round>(address))!;
    }
  }
  if (round.data.status === "closed")
    throw reject.conflict({
      vi: `đợt thi đua năm học ${year} đã khoá, kết quả không sửa được`,
      en: `the ${year} round is closed; results cannot change`,
    });
  return round;
}

export async function unitOf(c: Ctx, unitId: string): Promise<Unit> {
  const unit = await c.var.units.get(unitId);
  if (!unit) throw new NotFoundError("entity.unit");
  return unit;
}

export function checkFigures(
  movement: Movement,
  unit: Unit,
  figures: Record<string, z.infer<typeof FigureInput>>,
): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const [id, f] of Object.entries(figures)) {
    const criterion = movement.criteria.find((c) => c.id === id);
    if (!criterion)
      throw reject.bad({
        vi: `không có tiêu chí “${id}” trong phong trào`,
        en: `the movement has no criterion “${id}”`,
      });
    if (criterion.measure === "yes-no" && f.value !== 0 && f.value !== 1)
      throw reject.bad({
        vi: `tiêu chí “${criterion.name}” chỉ nhận 0 (không) hoặc 1 (có)`,
        en: `criterion “${criterion.name}” takes 0 (no) or 1 (yes) only`,
      });
    if (criterion.measure === "score" && f.value > criterion.maxScore)
      throw reject.bad({
        vi: `điểm tiêu chí “${criterion.name}” vượt tối đa ${formatNumber(criterion.maxScore)}`,
        en: `the score of “${criterion.name}” is above its maximum ${formatNumber(criterion.maxScore)}`,
      });
    let base = f.base;
    if (criterion.measure === "percentage" && base === undefined) {
      // The denominator comes from the union tree, never typed twice.
      if (movement.audience.people === "women-members") base = unit.womenMemberCount;
      else if (movement.audience.people === "all-members") base = unit.memberCount;
    }
    if (criterion.measure === "percentage" && base === undefined && f.value > 100)
      throw reject.bad({
        vi: `tỉ lệ tiêu chí “${criterion.name}” không vượt 100%`,
        en: `the rate of “${criterion.name}” cannot exceed 100%`,
      });
    if (base !== undefined && f.value > base)
      throw reject.bad({
        vi: `số đạt của tiêu chí “${criterion.name}” (${formatNumber(f.value)}) lớn hơn tổng số (${formatNumber(base)})`,
        en: `achievers of “${criterion.name}” (${formatNumber(f.value)}) exceed the total (${formatNumber(base)})`,
      });
    out[id] = {
      value: f.value,
      ...(base !== undefined ? { base } : {}),
      ...(f.note ? { evidence: { note: f.note } } : {}),
    };
  }
  return out;
}

export function stateMessage(status: Result["status"]): LocalizedText {
  switch (status) {
    case "submitted":
      return {
        vi: "kết quả đã gửi lên cấp trên, đang chờ xét",
        en: "the result has been submitted and is waiting for review",
      };
    case "accepted":
      return { vi: "kết quả đã được chấp nhận", en: "the result has been accepted" };
    case "returned":
      return {
        vi: "kết quả đã bị trả lại, đơn vị cần sửa và gửi lại",
        en: "the result was returned; the unit must correct and submit it again",
      };
    default:
      return { vi: "kết quả chưa được gửi", en: "the result has not been submitted" };
  }
}

/** After a result changes state: the cluster ranking and the targets, then the host's board cache. */
export async function refreshResultBoards(c: Ctx, movement: Movement, year: string) {
  await refreshRanking(c.var.store, c.var.units, movement, year, c.var.settings.thresholds);
  await refreshTargets(c.var.store, c.var.units);
  c.var.invalidateScoreboards();
}
