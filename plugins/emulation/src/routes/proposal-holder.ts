import type { Unit } from "@congdoan/core";
import { type Ctx, reject } from "../http";
import { awardLevels } from "../labels";
import type { AwardLevel, Proposal } from "../model";

export const AWARD = "emulation.award";

/** The unit holding a proposal now; records from before forwarding existed sit with the proposer's parent. */
export function holderOf(
  p: Proposal,
  parentOf: (id: string) => string | null | undefined,
): string | undefined {
  return p.holderUnitId ?? parentOf(p.proposedByUnitId) ?? undefined;
}

/** Award levels a unit decides itself, by its kind; the tenant's root decides whatever reaches it. */
const levelsByKind: Partial<Record<Unit["kind"], AwardLevel[]>> = {
  "ldld-huyen": ["ldld-huyen"],
  "cdn-gd": ["cdn-gd"],
  ldld: ["ldld-tinh"],
};

export function decidesLevel(unit: Unit, level: AwardLevel): boolean {
  if (!unit.parentId) return true;
  return levelsByKind[unit.kind]?.includes(level) ?? false;
}

/**
 * Only the unit holding the proposal forwards or decides it: 403 without `emulation.award` there;
 * 409 when the caller holds it only through a unit higher up (the proposal has not reached them).
 */
export async function requireHolder(c: Ctx, holder: Unit): Promise<void> {
  await c.var.access.require(AWARD, holder.id);
  if (!c.var.access.scopes(AWARD).includes(holder.id))
    throw reject.conflict({
      vi: `đề nghị đang ở ${holder.name}; chỉ đơn vị đang giữ đề nghị mới chuyển lên hoặc xét được — chờ đơn vị này chuyển lên`,
      en: `the proposal is with ${holder.name}; only the unit holding it may forward or decide it — wait until that unit forwards it`,
    });
}

/** Whether the caller acts as the holder (for the list's canDecide / canForward). */
export function actsAs(c: Ctx, holderId: string | undefined): boolean {
  return !!holderId && c.var.access.scopes(AWARD).includes(holderId);
}

export function notDecidingLevel(holder: Unit, level: AwardLevel) {
  return reject.conflict({
    vi: `đề nghị xin khen của ${awardLevels[level].vi}; ${holder.name} không phải cấp quyết định — hãy chuyển lên cấp trên`,
    en: `the proposal asks for an award of the ${awardLevels[level].en}; ${holder.name} does not decide it — forward it to the level above`,
  });
}
