import { guardedRoute, type PluginApp, visiblePage, z } from "@congdoan/plugin-sdk";
import { actor, Cursor, json, newId, nowIso, ok, readErrors, reject, SchoolYear, writeErrors } from "../http";
import { keys } from "../keys";
import { type AwardLevelId, awardLevels } from "../labels";
import type { Proposal } from "../model";
import { withoutAccounts } from "../proposal-view";
import type { Settings } from "../settings";
import { checkLines, Line } from "./award-lines";
import { loadMovement } from "./movements";
import { AWARD, actsAs, decidesLevel, holderOf } from "./proposal-holder";
import { proposalStepRoutes } from "./proposal-steps";

const PROPOSE = "emulation.propose";
const tags = ["Khen thưởng"];
const Any = z.any();

const CreateProposal = z.object({
  schoolYear: SchoolYear,
  proposedByUnitId: z.string().min(1).max(64),
  toLevel: z.enum(Object.keys(awardLevels) as [AwardLevelId, ...AwardLevelId[]]),
  movementId: z.string().min(1).max(80).optional(),
  reason: z.string().max(1000).optional(),
  lines: z.array(Line).min(1, "Đề nghị cần ít nhất một tập thể hoặc cá nhân").max(200),
});

const routes = {
  list: guardedRoute("emulation.read", {
    method: "get",
    path: "/proposals",
    tags,
    summary: "Các đề nghị khen thưởng",
    request: {
      query: Cursor.extend({
        /** `true`: only the proposals waiting for the caller's unit to act (forward or decide). */
        waitingForMe: z.enum(["true", "false"]).optional(),
      }),
    },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  create: guardedRoute(PROPOSE, {
    method: "post",
    path: "/proposals",
    tags,
    summary: "Đơn vị đề nghị khen thưởng lên cấp trên",
    request: { body: json(CreateProposal) },
    responses: { 201: ok(Any), ...writeErrors },
  }),
};

export function proposalRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { cursor, waitingForMe } = c.req.valid("query");
    const visible = await c.var.access.unitsWithin("emulation.read");
    const names = await c.var.access.unitsWithin(AWARD);
    const all = await c.var.units.all();
    const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
    const byId = new Map(all.map((u) => [u.id, u]));
    const name = (id: string) => byId.get(id)?.name ?? id;
    const holderOfItem = (p: Proposal) => holderOf(p, (id) => parentOf.get(id));
    const waiting = (p: Proposal) => p.status === "submitted" && actsAs(c, holderOfItem(p));
    // Filtered before paging, so every page is full: the proposing unit or the holder is readable,
    // and with `waitingForMe` only those the caller's unit holds and may act on.
    const page = await visiblePage<Proposal>(
      (from, limit) =>
        c.var.store.query<Proposal>(keys.proposals, {
          limit,
          reverse: true,
          ...(from ? { cursor: from } : {}),
        }),
      ({ data }) => {
        const holder = holderOfItem(data);
        const readable = visible.has(data.proposedByUnitId) || (!!holder && visible.has(holder));
        return readable && (waitingForMe !== "true" || waiting(data));
      },
      c.var.settings.pageSize,
      cursor,
    );
    const items = page.items
      .map((p) => ({ p, holder: holderOfItem(p.data) }))
      .map(({ p, holder }) => {
        const holding = p.data.status === "submitted" && actsAs(c, holder);
        const holderUnit = holder ? byId.get(holder) : undefined;
        const above = holderUnit?.parentId ?? undefined;
        return {
          ...withoutAccounts(p.data),
          version: p.version,
          proposedByUnitName: name(p.data.proposedByUnitId),
          ...(holder
            ? {
                holderUnitId: holder,
                holderUnitName: name(holder),
                decidingUnitId: holder,
                decidingUnitName: name(holder),
              }
            : {}),
          // Only the unit holding it may act: forward it up, or decide when it is the level asked for.
          canDecide: holding,
          canAccept: holding && !!holderUnit && decidesLevel(holderUnit, p.data.toLevel),
          canForward: holding && !!above,
          ...(holding && above ? { forwardToUnitId: above, forwardToUnitName: name(above) } : {}),
          trail: (withoutAccounts(p.data).trail ?? []).map((s) => ({
            ...s,
            unitName: name(s.unitId),
            ...(s.toUnitId ? { toUnitName: name(s.toUnitId) } : {}),
          })),
          lines: p.data.lines.map((l) => ({
            ...l,
            unitName: name(l.unitId),
            ...(l.fullName && !names.has(l.unitId) ? { fullName: "(ẩn)" } : {}),
          })),
        };
      });
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(PROPOSE, body.proposedByUnitId);
    const movement = body.movementId ? (await loadMovement(c, body.movementId)).data : undefined;
    const lines = await checkLines(c, body.lines, body.proposedByUnitId, movement);
    const parent = (await c.var.units.ancestors(body.proposedByUnitId)).at(-1);
    if (!parent)
      throw reject.bad({
        vi: "đơn vị cao nhất của liên đoàn không có cấp trên để gửi đề nghị",
        en: "the federation's top unit has no level above to send a proposal to",
      });
    const id = newId("dn");
    const by = actor(c);
    const proposal: Proposal = {
      id,
      schoolYear: body.schoolYear,
      proposedByUnitId: body.proposedByUnitId,
      toLevel: body.toLevel,
      lines,
      status: "submitted",
      proposedBy: by,
      holderUnitId: parent,
      trail: [
        {
          action: "submitted",
          unitId: body.proposedByUnitId,
          toUnitId: parent,
          by,
          at: nowIso(),
          toLevel: body.toLevel,
        },
      ],
      ...(body.movementId ? { movementId: body.movementId } : {}),
      ...(body.reason ? { reason: body.reason } : {}),
    };
    await c.var.store.transact([
      c.var.store.prepareCreate(keys.proposal(id), "proposal", proposal),
      c.var.audit.prepare({
        action: "emulation.proposal.create",
        unitId: body.proposedByUnitId,
        target: `proposal:${id}`,
        after: { ...proposal, lines: lines.length },
      }),
    ]);
    return c.json({ ...withoutAccounts(proposal), version: 1 }, 201);
  });
  proposalStepRoutes(app);
}
