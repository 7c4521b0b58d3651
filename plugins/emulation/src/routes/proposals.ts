import { NotFoundError } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import {
  actor,
  Cursor,
  json,
  newId,
  nowIso,
  ok,
  readErrors,
  reject,
  SchoolYear,
  Version,
  writeErrors,
} from "../http";
import { keys } from "../keys";
import { type AwardLevelId, awardLevels } from "../labels";
import type { Proposal } from "../model";
import type { Settings } from "../settings";
import { checkLines, Line } from "./award-lines";
import { loadMovement } from "./movements";

const PROPOSE = "emulation.propose";
const AWARD = "emulation.award";
const tags = ["Khen thưởng"];
const Any = z.any();
const IdParam = z.object({ id: z.string().min(1).max(80) });

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
    request: { query: Cursor },
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
  decide: guardedRoute(AWARD, {
    method: "post",
    path: "/proposals/{id}/decide",
    tags,
    summary: "Cấp trên chấp nhận (để đưa vào quyết định) hoặc không chấp nhận đề nghị",
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

export function proposalRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { cursor } = c.req.valid("query");
    const page = await c.var.store.query<Proposal>(keys.proposals, {
      limit: c.var.settings.pageSize,
      reverse: true,
      ...(cursor ? { cursor } : {}),
    });
    const visible = await c.var.access.unitsWithin("emulation.read");
    const names = await c.var.access.unitsWithin(AWARD);
    const all = await c.var.units.all();
    const unitName = new Map(all.map((u) => [u.id, u.name]));
    const parentOf = new Map(all.map((u) => [u.id, u.parentId]));
    const items = page.items
      .filter((p) => visible.has(p.data.proposedByUnitId))
      .map((p) => {
        const decidingUnitId = parentOf.get(p.data.proposedByUnitId) ?? undefined;
        return {
          ...p.data,
          version: p.version,
          proposedByUnitName: unitName.get(p.data.proposedByUnitId) ?? p.data.proposedByUnitId,
          ...(decidingUnitId
            ? { decidingUnitId, decidingUnitName: unitName.get(decidingUnitId) ?? decidingUnitId }
            : {}),
          // The caller may accept / reject: award permission at the level above the proposing unit.
          canDecide: p.data.status === "submitted" && !!decidingUnitId && names.has(decidingUnitId),
          lines: p.data.lines.map((l) => ({
            ...l,
            unitName: unitName.get(l.unitId) ?? l.unitId,
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
    const id = newId("dn");
    const proposal: Proposal = {
      id,
      schoolYear: body.schoolYear,
      proposedByUnitId: body.proposedByUnitId,
      toLevel: body.toLevel,
      lines,
      status: "submitted",
      proposedBy: actor(c),
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
    return c.json({ ...proposal, version: 1 }, 201);
  });

  app.openapi(routes.decide, async (c) => {
    const { id } = c.req.valid("param");
    const { expectedVersion, approve, comment } = c.req.valid("json");
    const current: StoredItem<Proposal> | undefined = await c.var.store.get<Proposal>(keys.proposal(id));
    if (!current) throw new NotFoundError();
    // The deciding level sits above the proposing unit: its reviewer or the federation.
    const parents = await c.var.units.ancestors(current.data.proposedByUnitId);
    const parent = parents.at(-1);
    if (!parent) throw reject.forbidden();
    await c.var.access.require(AWARD, parent);
    if (current.data.status !== "submitted") throw reject.conflict("đề nghị này đã được xét");
    if (current.version !== expectedVersion) throw reject.stale();
    const next: Proposal = {
      ...current.data,
      status: approve ? "accepted" : "rejected",
      review: { by: actor(c), at: nowIso(), ...(comment ? { comment } : {}) },
    };
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.proposal(id), current, expectedVersion, next),
      c.var.audit.prepare({
        action: approve ? "emulation.proposal.accept" : "emulation.proposal.reject",
        unitId: current.data.proposedByUnitId,
        target: `proposal:${id}`,
        before: { status: current.data.status },
        after: { status: next.status, comment },
      }),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });
}
