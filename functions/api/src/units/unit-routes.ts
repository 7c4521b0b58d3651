import { AppError, slugify, UnauthorizedError, type Unit } from "@congdoan/core";
import { namespaces, type StoredItem, TenantStore, UnitRepository } from "@congdoan/db";
import { errorResponse, guardedRoute, jsonBody, writeErrors } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AuditLog } from "../audit/audit-log";
import type { IdentityDeps } from "../identity/authenticate";
import { moveMembersBetweenUnits } from "../members/member-store";
import { TenantParamSchema } from "../routes/schemas";
import {
  CreateUnitSchema,
  MergeUnitSchema,
  MoveUnitSchema,
  UnitParamSchema,
  UnitSchema,
  UpdateUnitSchema,
  VersionSchema,
} from "./schemas";

const READ = "units.read";
const WRITE = "units.write";
const one = { description: "Đơn vị", content: { "application/json": { schema: UnitSchema } } };
const unitErrors = {
  ...writeErrors,
  404: errorResponse("Không có đơn vị"),
  409: errorResponse("Đơn vị vừa bị người khác sửa"),
};

const unitAction = <B extends z.ZodType>(path: string, summary: string, body: B) =>
  guardedRoute(WRITE, {
    method: "post",
    path: `/api/t/{tenant}/units/{unitId}/${path}`,
    tags: ["Cây tổ chức"],
    summary,
    request: { params: UnitParamSchema, body: jsonBody(body) },
    responses: { 200: one, ...unitErrors },
  });

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/api/t/{tenant}/units",
    tags: ["Cây tổ chức"],
    summary: "Toàn bộ cây tổ chức công đoàn của liên đoàn (kể cả đơn vị đã đóng)",
    request: { params: TenantParamSchema },
    responses: {
      200: {
        description: "Các đơn vị",
        content: { "application/json": { schema: z.object({ items: z.array(UnitSchema) }) } },
      },
      401: errorResponse("Chưa đăng nhập"),
    },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/api/t/{tenant}/units/{unitId}",
    tags: ["Cây tổ chức"],
    summary: "Một đơn vị, đường dẫn từ gốc và các đơn vị trực thuộc",
    request: { params: UnitParamSchema },
    responses: {
      200: {
        description: "Đơn vị",
        content: {
          "application/json": {
            schema: z.object({
              unit: UnitSchema,
              path: z.array(z.object({ id: z.string(), name: z.string() })),
              children: z.array(UnitSchema),
            }),
          },
        },
      },
      404: errorResponse("Không có đơn vị"),
    },
  }),
  create: guardedRoute(WRITE, {
    method: "post",
    path: "/api/t/{tenant}/units",
    tags: ["Cây tổ chức"],
    summary: "Thêm đơn vị trực thuộc một đơn vị",
    request: { params: TenantParamSchema, body: jsonBody(CreateUnitSchema) },
    responses: { 201: one, ...unitErrors },
  }),
  update: guardedRoute(WRITE, {
    method: "patch",
    path: "/api/t/{tenant}/units/{unitId}",
    tags: ["Cây tổ chức"],
    summary: "Đổi tên, loại, cấp học, số đoàn viên, cụm thi đua",
    request: { params: UnitParamSchema, body: jsonBody(UpdateUnitSchema) },
    responses: { 200: one, ...unitErrors },
  }),
  move: unitAction(
    "move",
    "Chuyển đơn vị (cùng các đơn vị trực thuộc) sang đơn vị cấp trên khác",
    MoveUnitSchema,
  ),
  merge: unitAction(
    "merge",
    "Sáp nhập vào đơn vị khác: đơn vị trực thuộc và đoàn viên chuyển sang, đơn vị cũ đóng lại (giữ lịch sử)",
    MergeUnitSchema,
  ),
  close: unitAction("close", "Đóng đơn vị (giữ lại lịch sử)", VersionSchema),
  reopen: unitAction("reopen", "Mở lại đơn vị đã đóng", VersionSchema),
};

const view = (item: StoredItem<Unit>) => ({ ...item.data, version: item.version });

export function unitRoutes(deps: IdentityDeps) {
  const app = new OpenAPIHono();

  function context(c: Context) {
    const actor = c.get("user");
    if (!actor) throw new UnauthorizedError();
    const tenant = c.get("tenant").id;
    const store = new TenantStore(c.get("db"), tenant, namespaces.core);
    return { actor, tenant, store, units: new UnitRepository(store), audit: new AuditLog(store) };
  }

  /** Writes the change and its audit entry together, then drops the cached tree. */
  async function commit(c: Context, ops: Parameters<TenantStore["transact"]>[0]) {
    const { store, tenant } = context(c);
    await store.transact(ops);
    deps.trees.invalidate(tenant);
  }

  const entry = (c: Context, action: string, unitId: string, before?: Unit, after?: Unit) => ({
    actor: c.get("user")!.username,
    action,
    unitId,
    target: `unit:${unitId}`,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    requestId: c.get("requestId"),
  });

  async function activeUnit(units: UnitRepository, id: string): Promise<StoredItem<Unit>> {
    const unit = await units.get(id);
    if (unit.data.status === "closed")
      throw new AppError("conflict", "error.unitClosed", { unit: unit.data.name });
    return unit;
  }

  app.openapi(routes.list, async (c) => {
    const { units } = context(c);
    const items = await units.store.queryAll<Unit>(["UNITS"], { skPrefix: ["U"] });
    return c.json({ items: items.map(view) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const { units, tenant } = context(c);
    const { unitId } = c.req.valid("param");
    const unit = await units.get(unitId);
    const tree = await deps.trees.get(tenant, c.get("db"));
    const children = await Promise.all(tree.childrenOf(unitId).map((id) => units.get(id)));
    const path = tree.ancestors(unitId).map((id) => ({ id, name: tree.byId.get(id)?.name ?? id }));
    return c.json({ unit: view(unit), path, children: children.map(view) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const { units, audit } = context(c);
    const body = c.req.valid("json");
    await c.get("access").require(WRITE, body.parentId);
    await activeUnit(units, body.parentId);
    const id = body.id ?? (await freeId(units, slugify(body.name).slice(0, 56) || "don-vi"));
    const unit: Unit = {
      id,
      name: body.name,
      kind: body.kind,
      parentId: body.parentId,
      memberCount: body.memberCount ?? 0,
      status: "active",
      ...(body.schoolLevel ? { schoolLevel: body.schoolLevel } : {}),
      ...(body.ownership ? { ownership: body.ownership } : {}),
      ...(body.womenMemberCount !== undefined ? { womenMemberCount: body.womenMemberCount } : {}),
      ...(body.clusterIds ? { clusterIds: body.clusterIds } : {}),
    };
    await commit(c, [
      units.store.prepareCreate({ pk: ["UNITS"], sk: ["U", id] }, "unit", unit),
      audit.prepare(entry(c, "unit.create", id, undefined, unit)),
    ]);
    return c.json({ ...unit, version: 1 }, 201);
  });

  app.openapi(routes.update, async (c) => {
    const { units, audit } = context(c);
    const { unitId } = c.req.valid("param");
    const { expectedVersion, ...changes } = c.req.valid("json");
    await c.get("access").require(WRITE, unitId);
    const current = await units.get(unitId);
    const next: Unit = { ...current.data };
    for (const [key, value] of Object.entries(changes))
      if (value !== undefined) Object.assign(next, { [key]: value });
    if (next.womenMemberCount !== undefined && next.womenMemberCount > next.memberCount) {
      throw new AppError("validation", "error.validation", {}, [
        { path: "womenMemberCount", message: "Số đoàn viên nữ không thể lớn hơn tổng số đoàn viên." },
      ]);
    }
    await commit(c, [
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", unitId] }, current, expectedVersion, next),
      audit.prepare(entry(c, "unit.update", unitId, current.data, next)),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });

  app.openapi(routes.move, async (c) => {
    const { units, audit, tenant } = context(c);
    const { unitId } = c.req.valid("param");
    const { expectedVersion, newParentId } = c.req.valid("json");
    const access = c.get("access");
    await access.require(WRITE, unitId);
    await access.require(WRITE, newParentId);
    const current = await units.get(unitId);
    if (current.data.parentId === null) throw new AppError("bad_request", "error.unitIsRoot");
    const tree = await deps.trees.get(tenant, c.get("db"));
    if (tree.subtree(unitId).includes(newParentId)) {
      throw new AppError("bad_request", "error.unitMoveIntoSubtree", { unit: current.data.name });
    }
    const parent = await activeUnit(units, newParentId);
    const next: Unit = { ...current.data, parentId: newParentId };
    await commit(c, [
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", unitId] }, current, expectedVersion, next),
      // The new parent must still exist, open, at the version read: no move under a unit closed meanwhile.
      units.store.prepareCheck({ pk: ["UNITS"], sk: ["U", newParentId] }, parent.version),
      audit.prepare(entry(c, "unit.move", unitId, current.data, next)),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });

  app.openapi(routes.merge, async (c) => {
    const { units, audit, tenant, store } = context(c);
    const { unitId } = c.req.valid("param");
    const { expectedVersion, intoUnitId } = c.req.valid("json");
    const access = c.get("access");
    await access.require(WRITE, unitId);
    await access.require(WRITE, intoUnitId);
    const source = await units.get(unitId);
    if (source.data.parentId === null) throw new AppError("bad_request", "error.unitIsRoot");
    const tree = await deps.trees.get(tenant, c.get("db"));
    if (tree.subtree(unitId).includes(intoUnitId))
      throw new AppError("bad_request", "error.unitMergeIntoItself");
    const target = await activeUnit(units, intoUnitId);
    const children = await Promise.all(tree.childrenOf(unitId).map((id) => units.get(id)));
    const closed: Unit = { ...source.data, status: "closed", mergedInto: intoUnitId, memberCount: 0 };
    delete closed.womenMemberCount;
    const merged: Unit = {
      ...target.data,
      memberCount: target.data.memberCount + source.data.memberCount,
      ...(target.data.womenMemberCount !== undefined || source.data.womenMemberCount !== undefined
        ? { womenMemberCount: (target.data.womenMemberCount ?? 0) + (source.data.womenMemberCount ?? 0) }
        : {}),
    };
    // One transaction for the tree (source, target and every child), so the tree is never half-merged.
    await commit(c, [
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", unitId] }, source, expectedVersion, closed),
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", intoUnitId] }, target, target.version, merged),
      ...children.map((child) =>
        units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", child.data.id] }, child, child.version, {
          ...child.data,
          parentId: intoUnitId,
        }),
      ),
      audit.prepare(entry(c, "unit.merge", unitId, source.data, closed)),
      audit.prepare(entry(c, "unit.merge", intoUnitId, target.data, merged)),
    ]);
    // Members follow in chunks; repeating the merge request finishes an interrupted move.
    await moveMembersBetweenUnits(store, unitId, intoUnitId);
    return c.json({ ...merged, version: target.version + 1 }, 200);
  });

  app.openapi(routes.close, async (c) => {
    const { units, audit, tenant } = context(c);
    const { unitId } = c.req.valid("param");
    const { expectedVersion } = c.req.valid("json");
    await c.get("access").require(WRITE, unitId);
    const current = await units.get(unitId);
    if (current.data.parentId === null) throw new AppError("bad_request", "error.unitIsRoot");
    const tree = await deps.trees.get(tenant, c.get("db"));
    const active = tree.childrenOf(unitId).filter((id) => tree.byId.get(id)?.status === "active");
    if (active.length > 0) {
      throw new AppError("conflict", "error.unitHasActiveChildren", {
        unit: current.data.name,
        count: active.length,
      });
    }
    const next: Unit = { ...current.data, status: "closed" };
    await commit(c, [
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", unitId] }, current, expectedVersion, next),
      audit.prepare(entry(c, "unit.close", unitId, current.data, next)),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });

  app.openapi(routes.reopen, async (c) => {
    const { units, audit } = context(c);
    const { unitId } = c.req.valid("param");
    const { expectedVersion } = c.req.valid("json");
    await c.get("access").require(WRITE, unitId);
    const current = await units.get(unitId);
    if (current.data.parentId) await activeUnit(units, current.data.parentId);
    const next: Unit = { ...current.data, status: "active" };
    delete next.mergedInto;
    await commit(c, [
      units.store.prepareUpdate({ pk: ["UNITS"], sk: ["U", unitId] }, current, expectedVersion, next),
      audit.prepare(entry(c, "unit.reopen", unitId, current.data, next)),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });

  return app;
}

/** A readable id from the name; a numeric suffix when a unit already uses it. */
async function freeId(units: UnitRepository, base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await units.find(id))) return id;
  }
  throw new AppError("conflict", "error.conflict", { detail: base });
}
