import { NotFoundError, type Unit } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { actor, type Ctx, json, nowIso, ok, reject, Version, writeErrors } from "../http";
import { keys } from "../keys";
import { type AwardLevelId, awardLevels } from "../labels";
import type { Proposal, ProposalStep } from "../model";
import { withoutAccounts } from "../proposal-view";
import type { Settings } from "../settings";
import { checkLines, Line } from "./award-lines";
import { loadMovement } from "./movements";
import { AWARD, actsAs, decidesLevel, holderOf, notDecidingLevel, requireHolder } from "./proposal-holder";

const tags = ["Khen thưởng"];
const Any = z.any();
const IdParam = z.object({ id: z.string().min(1).max(80) });
const Level = z.enum(Object.keys(awardLevels) as [AwardLevelId, ...AwardLevelId[]]);
const MAX_LINES = 400;

const routes = {
  forward: guardedRoute(AWARD, {
    method: "post",
    path: "/proposals/{id}/forward",
    tags,
    summary: "Đơn vị đang giữ đề nghị chuyển lên cấp trên (kèm ý kiến, có thể bổ sung người, tập thể)",
    request: {
      params: IdParam,
      body: json(
        z.object({
          expectedVersion: Version,
          comment: z.string().trim().min(3, "Hãy ghi ý kiến của đơn vị khi chuyển lên").max(1000),
          /** The award level asked for from here on (a district may raise a Giấy khen to a Bằng khen). */
          toLevel: Level.optional(),
          /** Nominees of the forwarding unit's own subtree added to the proposal. */
          lines: z.array(Line).max(200).optional(),
        }),
      ),
    },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  decide: guardedRoute(AWARD, {
    method: "post",
    path: "/proposals/{id}/decide",
    tags,
    summary: "Cấp quyết định chấp nhận (để đưa vào quyết định) hoặc không chấp nhận đề nghị",
    request: {
      params: IdParam,
      body: json(
        z
          .object({
            expectedVersion: Version,
            approve: z.boolean(),
            comment: z.string().max(1000).optional(),
          })
          .refine((v) => v.approve || (v.comment?.trim().length ?? 0) >= 3, {
            path: ["comment"],
            message: "Hãy ghi lý do không chấp nhận",
          }),
      ),
    },
    responses: { 200: ok(Any), ...writeErrors },
  }),
};

/** Loads a proposal still waiting, with the unit holding it; the caller must act as that unit. */
async function heldProposal(
  c: Ctx,
  id: string,
  expectedVersion: number,
): Promise<{ current: StoredItem<Proposal>; holder: Unit }> {
  const current = await c.var.store.get<Proposal>(keys.proposal(id));
  if (!current) throw new NotFoundError();
  const parents = await c.var.units.ancestors(current.data.proposedByUnitId);
  const holderId = holderOf(current.data, () => parents.at(-1));
  const holder = holderId ? await c.var.units.get(holderId) : undefined;
  if (!holder) throw reject.forbidden();
  // A unit the proposal passed through that acts on an old copy (another officer forwarded it a
  // moment ago) is told it changed — reload; anyone else is refused as usual.
  const path = (current.data.trail ?? []).flatMap((s) => [s.unitId, s.toUnitId ?? s.unitId]);
  if (current.version !== expectedVersion && path.some((u) => actsAs(c, u))) throw reject.stale();
  await requireHolder(c, holder);
  if (current.data.status !== "submitted")
    throw reject.conflict({ vi: "đề nghị này đã được xét", en: "this proposal has already been decided" });
  if (current.version !== expectedVersion) throw reject.stale();
  return { current, holder };
}

export function proposalStepRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.forward, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const { current, holder } = await heldProposal(c, id, body.expectedVersion);
    const above = holder.parentId;
    if (!above)
      throw reject.conflict({
        vi: "đề nghị đã ở cấp cao nhất của liên đoàn: hãy chấp nhận hoặc không chấp nhận",
        en: "the proposal is at the federation's top level: accept or reject it",
      });
    const movement = current.data.movementId
      ? (await loadMovement(c, current.data.movementId)).data
      : undefined;
    const added = await checkLines(c, body.lines ?? [], holder.id, movement);
    if (current.data.lines.length + added.length > MAX_LINES)
      throw reject.bad({
        vi: `một đề nghị tối đa ${MAX_LINES} người, tập thể`,
        en: `a proposal holds at most ${MAX_LINES} nominees`,
      });
    const toLevel = body.toLevel ?? current.data.toLevel;
    const step: ProposalStep = {
      action: "forwarded",
      unitId: holder.id,
      toUnitId: above,
      by: actor(c),
      at: nowIso(),
      comment: body.comment,
      toLevel,
      ...(added.length ? { addedLines: added.length } : {}),
    };
    const next: Proposal = {
      ...current.data,
      toLevel,
      holderUnitId: above,
      lines: [...current.data.lines, ...added],
      trail: [...(current.data.trail ?? []), step],
    };
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.proposal(id), current, body.expectedVersion, next),
      c.var.audit.prepare({
        action: "emulation.proposal.forward",
        unitId: holder.id,
        target: `proposal:${id}`,
        before: { holderUnitId: holder.id, toLevel: current.data.toLevel, lines: current.data.lines.length },
        after: { holderUnitId: above, toLevel, comment: body.comment, addedLines: added.length },
      }),
    ]);
    return c.json({ ...withoutAccounts(next), version: body.expectedVersion + 1 }, 200);
  });

  app.openapi(routes.decide, async (c) => {
    const { id } = c.req.valid("param");
    const { expectedVersion, approve, comment } = c.req.valid("json");
    const { current, holder } = await heldProposal(c, id, expectedVersion);
    // Any holder may refuse to carry a proposal further; only the level asked for accepts it.
    if (approve && !decidesLevel(holder, current.data.toLevel))
      throw notDecidingLevel(holder, current.data.toLevel);
    const by = actor(c);
    const at = nowIso();
    const step: ProposalStep = {
      action: approve ? "accepted" : "rejected",
      unitId: holder.id,
      by,
      at,
      ...(comment ? { comment } : {}),
    };
    const next: Proposal = {
      ...current.data,
      holderUnitId: holder.id,
      status: approve ? "accepted" : "rejected",
      review: { by, at, ...(comment ? { comment } : {}) },
      trail: [...(current.data.trail ?? []), step],
    };
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.proposal(id), current, expectedVersion, next),
      c.var.audit.prepare({
        action: approve ? "emulation.proposal.accept" : "emulation.proposal.reject",
        unitId: holder.id,
        target: `proposal:${id}`,
        before: { status: current.data.status },
        after: { status: next.status, comment },
      }),
    ]);
    return c.json({ ...withoutAccounts(next), version: expectedVersion + 1 }, 200);
  });
}
