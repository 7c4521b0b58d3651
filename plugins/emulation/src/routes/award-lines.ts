import { NotFoundError } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { z } from "@congdoan/plugin-sdk";
import { type Ctx, reject } from "../http";
import { keys } from "../keys";
import { type AwardFormId, awardForms } from "../labels";
import type { AwardLine, Movement, Proposal } from "../model";
import { requireRegistered } from "./registrations";

export const Line = z
  .object({
    form: z.enum(Object.keys(awardForms) as [AwardFormId, ...AwardFormId[]]),
    title: z.string().min(2).max(200).optional(),
    recipient: z.enum(["collective", "individual"]),
    unitId: z.string().min(1).max(64),
    memberId: z.string().min(1).max(64).optional(),
    fullName: z.string().min(2).max(120).optional(),
  })
  .superRefine((l, ctx) => {
    if (l.form === "danh-hieu" && !l.title)
      ctx.addIssue({ code: "custom", path: ["title"], message: "Hãy ghi tên danh hiệu" });
    if (l.recipient === "individual" && !l.memberId && !l.fullName)
      ctx.addIssue({ code: "custom", path: ["fullName"], message: "Hãy ghi họ tên hoặc chọn đoàn viên" });
  });
/**
 * Checks award lines: every unit exists inside `withinUnitId`'s subtree; with a movement, every
 * collective must have registered for it; a member id gives the member's own name.
 */
export async function checkLines(
  c: Ctx,
  input: z.infer<typeof Line>[],
  withinUnitId: string,
  movement?: Movement,
): Promise<AwardLine[]> {
  const within = new Set(await c.var.units.subtree(withinUnitId));
  const lines: AwardLine[] = [];
  for (const [i, l] of input.entries()) {
    const unit = await c.var.units.get(l.unitId);
    if (!unit)
      throw reject.bad({
        vi: `dòng ${i + 1}: không có đơn vị “${l.unitId}”`,
        en: `line ${i + 1}: there is no unit “${l.unitId}”`,
      });
    if (!within.has(l.unitId))
      throw reject.bad({
        vi: `dòng ${i + 1}: “${unit.name}” không thuộc đơn vị ${withinUnitId}`,
        en: `line ${i + 1}: “${unit.name}” is not part of unit ${withinUnitId}`,
      });
    if (movement && l.recipient === "collective")
      await requireRegistered(c.var.store, movement.id, l.unitId, unit.name);
    let fullName = l.fullName;
    if (l.memberId) {
      const member = await c.var.members.get(l.memberId);
      if (!member || member.unitId !== l.unitId)
        throw reject.bad({
          vi: `dòng ${i + 1}: đoàn viên không thuộc “${unit.name}”`,
          en: `line ${i + 1}: the member does not belong to “${unit.name}”`,
        });
      fullName = member.fullName;
    }
    lines.push({
      form: l.form,
      recipient: l.recipient,
      unitId: l.unitId,
      ...(l.title ? { title: l.title } : {}),
      ...(l.memberId ? { memberId: l.memberId } : {}),
      ...(l.recipient === "individual" && fullName ? { fullName } : {}),
    });
  }
  return lines;
}

/** Proposals a decision may grant: they must exist and be accepted, not yet decided. */
export async function acceptedProposals(c: Ctx, ids: string[]): Promise<StoredItem<Proposal>[]> {
  const out: StoredItem<Proposal>[] = [];
  for (const id of new Set(ids)) {
    const p = await c.var.store.get<Proposal>(keys.proposal(id));
    if (!p) throw new NotFoundError();
    if (p.data.status !== "accepted")
      throw reject.conflict({
        vi: `đề nghị ${id} chưa được chấp nhận hoặc đã có quyết định`,
        en: `proposal ${id} is not accepted yet or already has a decision`,
      });
    out.push(p);
  }
  return out;
}
