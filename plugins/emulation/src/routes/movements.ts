import { NotFoundError, nextSchoolYear } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { refreshTargets } from "../boards";
import {
  actor,
  type Ctx,
  Cursor,
  Id,
  json,
  nowIso,
  ok,
  readErrors,
  reject,
  SchoolYear,
  writeErrors,
} from "../http";
import { keys } from "../keys";
import type { Movement, Target } from "../model";
import { copiedMovementId, movementId } from "../movement-id";
import type { Settings } from "../settings";
import {
  AddTarget,
  CopyMovement,
  CreateMovement,
  RecordAchievement,
  ReviseTarget,
  readPeriod,
  UpdateMovement,
} from "./movement-schemas";
import { refuseScoringChange, rescoreAfterChange } from "./scoring-freeze";

const MANAGE = "emulation.manage";
const READ = "emulation.read";
const tags = ["Thi đua – phong trào"];
const Any = z.any();
const IdParam = z.object({ id: Id });
const TargetParam = z.object({ id: Id, targetId: Id });

export const view = (item: StoredItem<Movement>) => ({ ...item.data, version: item.version });

export async function loadMovement(c: Ctx, id: string): Promise<StoredItem<Movement>> {
  const item = await c.var.store.get<Movement>(keys.movement(id));
  if (!item) throw new NotFoundError();
  return item;
}

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/movements",
    tags,
    summary: "Các phong trào, cuộc vận động, nghị quyết",
    request: { query: Cursor.extend({ schoolYear: SchoolYear.optional() }) },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  create: guardedRoute(MANAGE, {
    method: "post",
    path: "/movements",
    tags,
    summary: "Phát động phong trào (năm học hoặc giai đoạn nhiều năm)",
    request: { body: json(CreateMovement) },
    responses: { 201: ok(Any), ...writeErrors },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/movements/{id}",
    tags,
    summary: "Một phong trào",
    request: { params: IdParam },
    responses: { 200: ok(Any), ...readErrors },
  }),
  update: guardedRoute(MANAGE, {
    method: "patch",
    path: "/movements/{id}",
    tags,
    summary: "Sửa phong trào",
    request: { params: IdParam, body: json(UpdateMovement) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  addTarget: guardedRoute(MANAGE, {
    method: "post",
    path: "/movements/{id}/targets",
    tags,
    summary: "Thêm chỉ tiêu",
    request: { params: IdParam, body: json(AddTarget) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  revise: guardedRoute(MANAGE, {
    method: "post",
    path: "/movements/{id}/targets/{targetId}/revise",
    tags,
    summary: "Điều chỉnh chỉ tiêu (giữ lịch sử)",
    request: { params: TargetParam, body: json(ReviseTarget) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  achieve: guardedRoute(MANAGE, {
    method: "post",
    path: "/movements/{id}/targets/{targetId}/achievement",
    tags,
    summary: "Ghi kết quả đạt được của chỉ tiêu (tính đến ngày)",
    request: { params: TargetParam, body: json(RecordAchievement) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  copy: guardedRoute(MANAGE, {
    method: "post",
    path: "/movements/{id}/copy",
    tags,
    summary: "Sao chép phong trào sang năm học sau",
    request: { params: IdParam, body: json(CopyMovement) },
    responses: { 201: ok(Any), ...writeErrors },
  }),
};

function shiftDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const year = Number(iso.slice(0, 4)) + 1;
  const rest = iso.slice(4) === "-02-29" ? "-02-28" : iso.slice(4);
  return `${year}${rest}`;
}

export function movementRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { cursor, schoolYear } = c.req.valid("query");
    const page = await c.var.store.query<Movement>(keys.movements, {
      limit: c.var.settings.pageSize,
      ...(cursor ? { cursor } : {}),
    });
    const items = page.items.map(view).filter((m) => !schoolYear || m.schoolYears.includes(schoolYear));
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(MANAGE, body.ownerUnitId);
    if (!(await c.var.units.get(body.ownerUnitId))) throw new NotFoundError("entity.unit");
    const { period, schoolYears } = readPeriod(body.period)!;
    const id = body.id ?? movementId(body.name, period);
    const movement: Movement = {
      id,
      name: body.name,
      kind: body.kind,
      ...(body.description ? { description: body.description } : {}),
      period,
      schoolYears,
      ownerUnitId: body.ownerUnitId,
      audience: body.audience,
      criteria: body.criteria,
      targets: body.targets.map((t) => ({ ...t, history: [] })),
      titles: body.titles,
      ...(body.registrationDeadline ? { registrationDeadline: body.registrationDeadline } : {}),
    };
    await c.var.store.transact([
      c.var.store.prepareCreate(keys.movement(id), "movement", movement),
      c.var.audit.prepare({
        action: "emulation.movement.create",
        unitId: body.ownerUnitId,
        target: `movement:${id}`,
        after: movement,
      }),
    ]);
    if (movement.targets.length) await refreshTargets(c.var.store, c.var.units);
    c.var.invalidateScoreboards();
    return c.json({ ...movement, version: 1 }, 201);
  });

  app.openapi(routes.get, async (c) => c.json(view(await loadMovement(c, c.req.valid("param").id)), 200));

  /** Applies a change to a movement with its audit entry; 409 when someone else changed it first. */
  async function change(
    c: Ctx,
    id: string,
    expectedVersion: number,
    action: string,
    edit: (m: Movement) => Movement,
  ) {
    const current = await loadMovement(c, id);
    await c.var.access.require(MANAGE, current.data.ownerUnitId);
    if (current.version !== expectedVersion) throw reject.stale();
    const next = edit(structuredClone(current.data));
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.movement(id), current, expectedVersion, next),
      c.var.audit.prepare({
        action,
        unitId: next.ownerUnitId,
        target: `movement:${id}`,
        before: current.data,
        after: next,
      }),
    ]);
    await refreshTargets(c.var.store, c.var.units);
    c.var.invalidateScoreboards();
    return { ...next, version: expectedVersion + 1 };
  }

  app.openapi(routes.update, async (c) => {
    const { id } = c.req.valid("param");
    const { expectedVersion, registrationDeadline, ...changes } = c.req.valid("json");
    const before = await loadMovement(c, id);
    await c.var.access.require(MANAGE, before.data.ownerUnitId);
    if (changes.criteria && before.version === expectedVersion)
      await refuseScoringChange(c, before.data, changes.criteria);
    const out = await change(c, id, expectedVersion, "emulation.movement.update", (m) => {
      const next = { ...m } as Movement;
      for (const [k, v] of Object.entries(changes))
        if (v !== undefined) (next as unknown as Record<string, unknown>)[k] = v;
      if (registrationDeadline === null) delete next.registrationDeadline;
      else if (registrationDeadline) next.registrationDeadline = registrationDeadline;
      const ids = new Set(next.criteria.map((cr) => cr.id));
      for (const t of next.targets)
        if (t.criterionId && !ids.has(t.criterionId))
          throw reject.bad({
            vi: `chỉ tiêu “${t.name}” đang gắn với tiêu chí bị xoá`,
            en: `target “${t.name}” is computed from a removed criterion`,
          });
      return next;
    });
    await rescoreAfterChange(c, before.data, out);
    return c.json(out, 200);
  });

  app.openapi(routes.addTarget, async (c) => {
    const { id } = c.req.valid("param");
    const { expectedVersion, target } = c.req.valid("json");
    const out = await change(c, id, expectedVersion, "emulation.target.add", (m) => {
      if (m.targets.some((t) => t.id === target.id))
        throw reject.conflict({
          vi: `chỉ tiêu “${target.id}” đã có`,
          en: `target “${target.id}” already exists`,
        });
      if (target.criterionId && !m.criteria.some((cr) => cr.id === target.criterionId))
        throw reject.bad({
          vi: "chỉ tiêu gắn với tiêu chí không có trong phong trào",
          en: "the target refers to a criterion the movement does not have",
        });
      m.targets.push({ ...target, history: [] } as Target);
      return m;
    });
    return c.json(out, 200);
  });

  app.openapi(routes.revise, async (c) => {
    const { id, targetId } = c.req.valid("param");
    const { expectedVersion, reason, ...changes } = c.req.valid("json");
    const by = actor(c);
    const out = await change(c, id, expectedVersion, "emulation.target.revise", (m) => {
      const t = m.targets.find((x) => x.id === targetId);
      if (!t) throw new NotFoundError();
      t.history.push({
        at: nowIso(),
        by,
        name: t.name,
        comparison: t.comparison,
        planned: t.planned,
        reason,
      });
      if (changes.name) t.name = changes.name;
      if (changes.comparison) t.comparison = changes.comparison;
      if (changes.planned !== undefined) t.planned = changes.planned;
      return m;
    });
    return c.json(out, 200);
  });

  app.openapi(routes.achieve, async (c) => {
    const { id, targetId } = c.req.valid("param");
    const { expectedVersion, value, asOf } = c.req.valid("json");
    const by = actor(c);
    const out = await change(c, id, expectedVersion, "emulation.target.achievement", (m) => {
      const t = m.targets.find((x) => x.id === targetId);
      if (!t) throw new NotFoundError();
      if (t.criterionId)
        throw reject.bad({
          vi: "chỉ tiêu này được tính từ kết quả các đơn vị, không nhập tay",
          en: "this target is computed from the units' results, not typed",
        });
      t.achieved = { value, asOf, by };
      return m;
    });
    return c.json(out, 200);
  });

  app.openapi(routes.copy, async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const source = await loadMovement(c, id);
    await c.var.access.require(MANAGE, source.data.ownerUnitId);
    const src = source.data;
    const target = body.period
      ? readPeriod(body.period)
      : src.schoolYears.length === 1
        ? readPeriod(nextSchoolYear(src.period))
        : undefined;
    if (!target)
      throw reject.bad({
        vi: "hãy ghi năm học hoặc giai đoạn mới",
        en: "give the new school year or period",
      });
    const newId = body.id ?? copiedMovementId(src.id, target.period);
    const copy: Movement = {
      ...structuredClone(src),
      id: newId,
      period: target.period,
      schoolYears: target.schoolYears,
      targets: src.targets.map(({ achieved: _a, history: _h, ...t }) => ({ ...t, history: [] })),
      copiedFrom: src.id,
    };
    const deadline = body.registrationDeadline ?? shiftDate(src.registrationDeadline);
    if (deadline) copy.registrationDeadline = deadline;
    else delete copy.registrationDeadline;
    await c.var.store.transact([
      c.var.store.prepareCreate(keys.movement(newId), "movement", copy),
      c.var.audit.prepare({
        action: "emulation.movement.copy",
        unitId: copy.ownerUnitId,
        target: `movement:${newId}`,
        after: copy,
      }),
    ]);
    await refreshTargets(c.var.store, c.var.units);
    c.var.invalidateScoreboards();
    return c.json({ ...copy, version: 1 }, 201);
  });
}
