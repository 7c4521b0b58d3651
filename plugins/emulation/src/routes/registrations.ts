import { ConflictError, NotFoundError, ValidationError } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, visiblePage, z } from "@congdoan/plugin-sdk";
import { inAudience, isLate } from "../audience";
import { actor, Cursor, Id, json, nowIso, ok, readErrors, reject, Version, writeErrors } from "../http";
import { keys } from "../keys";
import type { Registration } from "../model";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";

const REGISTER = "emulation.register";
const REVIEW = "emulation.review";
const tags = ["Thi đua – đăng ký"];
const Any = z.any();
const Params = z.object({ id: Id });
const UnitParams = z.object({ id: Id, unitId: z.string().min(1).max(64) });

const routes = {
  list: guardedRoute("emulation.read", {
    method: "get",
    path: "/movements/{id}/registrations",
    tags,
    summary: "Đơn vị đã đăng ký thi đua",
    request: { params: Params, query: Cursor },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  register: guardedRoute(REGISTER, {
    method: "post",
    path: "/movements/{id}/registrations",
    tags,
    summary: "Đơn vị đăng ký thi đua và danh hiệu phấn đấu (quá hạn: chờ duyệt)",
    request: {
      params: Params,
      body: json(
        z.object({
          unitId: z.string().min(1).max(64),
          titles: z.array(z.string().min(2).max(200)).max(20).default([]),
        }),
      ),
    },
    responses: { 201: ok(Any), ...writeErrors },
  }),
  one: guardedRoute("emulation.read", {
    method: "get",
    path: "/movements/{id}/registrations/{unitId}",
    tags,
    summary: "Đăng ký của một đơn vị (404 khi đơn vị chưa đăng ký)",
    request: { params: UnitParams },
    responses: { 200: ok(Any), ...readErrors },
  }),
  decide: guardedRoute(REVIEW, {
    method: "post",
    path: "/movements/{id}/registrations/{unitId}/decide",
    tags,
    summary: "Duyệt hoặc từ chối đăng ký quá hạn",
    request: {
      params: UnitParams,
      body: json(
        z.object({ expectedVersion: Version, approve: z.boolean(), comment: z.string().max(500).optional() }),
      ),
    },
    responses: { 200: ok(Any), ...writeErrors },
  }),
};

const view = (i: StoredItem<Registration>) => ({ ...i.data, version: i.version });

export function registrationRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { id } = c.req.valid("param");
    const { cursor } = c.req.valid("query");
    await loadMovement(c, id);
    const visible = await c.var.access.unitsWithin("emulation.read");
    const page = await visiblePage<Registration>(
      (from, limit) =>
        c.var.store.query<Registration>(keys.registrations(id), { limit, ...(from ? { cursor: from } : {}) }),
      (i) => visible.has(i.data.unitId),
      c.var.settings.pageSize,
      cursor,
    );
    const items = page.items.map(view);
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.one, async (c) => {
    const { id, unitId } = c.req.valid("param");
    await c.var.access.require("emulation.read", unitId);
    await loadMovement(c, id);
    const reg = await c.var.store.get<Registration>(keys.registration(id, unitId));
    if (!reg) throw new NotFoundError();
    return c.json(view(reg), 200);
  });

  app.openapi(routes.register, async (c) => {
    const { id } = c.req.valid("param");
    const { unitId, titles } = c.req.valid("json");
    await c.var.access.require(REGISTER, unitId);
    const movement = (await loadMovement(c, id)).data;
    const unit = await c.var.units.get(unitId);
    if (!unit) throw new NotFoundError("entity.unit");
    if (!(await inAudience(c.var.units, movement, unit)))
      throw reject.bad({
        vi: `“${unit.name}” không thuộc đối tượng của phong trào “${movement.name}”`,
        en: `“${unit.name}” is not in the audience of “${movement.name}”`,
      });
    const unknown = titles.filter((t) => movement.titles.length > 0 && !movement.titles.includes(t));
    if (unknown.length)
      throw reject.bad({
        vi: `danh hiệu không có trong phong trào: ${unknown.join(", ")}`,
        en: `titles the movement does not offer: ${unknown.join(", ")}`,
      });
    // A movement that offers titles asks each unit which it aims for (the page checks this first).
    if (movement.titles.length > 0 && titles.length === 0)
      throw new ValidationError([
        {
          path: "titles",
          message:
            c.var.locale === "en"
              ? "Choose at least one title the unit aims for"
              : "Hãy chọn ít nhất một danh hiệu phấn đấu",
        },
      ]);
    const late = isLate(movement);
    const reg: Registration = {
      movementId: id,
      unitId,
      titles,
      status: late ? "pending" : "registered",
      late,
      registeredAt: nowIso(),
      registeredBy: actor(c),
    };
    try {
      await c.var.store.transact([
        c.var.store.prepareCreate(keys.registration(id, unitId), "registration", reg),
        c.var.audit.prepare({
          action: "emulation.registration.create",
          unitId,
          target: `registration:${id}/${unitId}`,
          after: reg,
        }),
      ]);
    } catch (error) {
      if (error instanceof ConflictError)
        throw reject.conflict({
          vi: `“${unit.name}” đã đăng ký phong trào này rồi`,
          en: `“${unit.name}” has already registered for this movement`,
        });
      throw error;
    }
    return c.json({ ...reg, version: 1 }, 201);
  });

  app.openapi(routes.decide, async (c) => {
    const { id, unitId } = c.req.valid("param");
    const { expectedVersion, approve, comment } = c.req.valid("json");
    await c.var.access.require(REVIEW, unitId);
    const current = await c.var.store.get<Registration>(keys.registration(id, unitId));
    if (!current) throw new NotFoundError();
    if (current.data.status !== "pending")
      throw reject.conflict({
        vi: "đăng ký này không chờ duyệt",
        en: "this registration is not waiting for approval",
      });
    if (current.version !== expectedVersion) throw reject.stale();
    const next: Registration = {
      ...current.data,
      status: approve ? "registered" : "rejected",
      decision: { by: actor(c), at: nowIso(), ...(comment ? { comment } : {}) },
    };
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.registration(id, unitId), current, expectedVersion, next),
      c.var.audit.prepare({
        action: approve ? "emulation.registration.approve" : "emulation.registration.reject",
        unitId,
        target: `registration:${id}/${unitId}`,
        before: current.data,
        after: next,
      }),
    ]);
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });
}

/** Units that did not register (or whose late registration was not approved) cannot report or be proposed. */
export async function requireRegistered(
  store: { get<T>(a: ReturnType<typeof keys.registration>): Promise<StoredItem<T> | undefined> },
  movementId: string,
  unitId: string,
  unitName: string,
) {
  const reg = await store.get<Registration>(keys.registration(movementId, unitId));
  if (!reg)
    throw reject.bad({
      vi: `“${unitName}” chưa đăng ký thi đua phong trào này`,
      en: `“${unitName}” has not registered for this movement`,
    });
  if (reg.data.status === "pending")
    throw reject.bad({
      vi: `đăng ký quá hạn của “${unitName}” đang chờ duyệt`,
      en: `the late registration of “${unitName}” is waiting for approval`,
    });
  if (reg.data.status === "rejected")
    throw reject.bad({
      vi: `đăng ký của “${unitName}” đã bị từ chối`,
      en: `the registration of “${unitName}” was rejected`,
    });
  return reg;
}
