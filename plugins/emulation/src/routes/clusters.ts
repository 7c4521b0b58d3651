import { ConflictError, NotFoundError, slugify } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { refreshRankingsOfYear } from "../boards";
import { clusterYears, markClusterYear } from "../cluster-years";
import { type Ctx, Id, json, ok, readErrors, reject, SchoolYear, Version, writeErrors } from "../http";
import { keys } from "../keys";
import type { Cluster } from "../model";
import type { Settings } from "../settings";

const MANAGE = "emulation.manage";
const tags = ["Thi đua – cụm"];
const Any = z.any();
const UnitIds = z.array(z.string().min(1).max(64)).min(1, "Cụm cần ít nhất một đơn vị").max(500);

const routes = {
  years: guardedRoute("emulation.read", {
    method: "get",
    path: "/clusters/years",
    tags,
    summary: "Các năm học đã có cụm thi đua (mới nhất trước)",
    responses: { 200: ok(z.object({ items: z.array(z.string()) })), ...readErrors },
  }),
  list: guardedRoute("emulation.read", {
    method: "get",
    path: "/clusters",
    tags,
    summary: "Cụm thi đua của một năm học",
    request: { query: z.object({ schoolYear: SchoolYear }) },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  create: guardedRoute(MANAGE, {
    method: "post",
    path: "/clusters",
    tags,
    summary: "Lập cụm thi đua",
    request: {
      body: json(
        z.object({
          schoolYear: SchoolYear,
          id: Id.optional(),
          name: z.string().min(2).max(200),
          unitIds: UnitIds,
        }),
      ),
    },
    responses: { 201: ok(Any), ...writeErrors },
  }),
  update: guardedRoute(MANAGE, {
    method: "patch",
    path: "/clusters/{schoolYear}/{id}",
    tags,
    summary: "Sửa cụm thi đua",
    request: {
      params: z.object({ schoolYear: SchoolYear, id: Id }),
      body: json(
        z.object({
          expectedVersion: Version,
          name: z.string().min(2).max(200).optional(),
          unitIds: UnitIds.optional(),
        }),
      ),
    },
    responses: { 200: ok(Any), ...writeErrors },
  }),
};

const view = (i: StoredItem<Cluster>) => ({ ...i.data, version: i.version });

/** Every unit must exist, be manageable by the caller and sit in no other cluster that school year. */
async function checkUnits(c: Ctx, year: string, clusterId: string, unitIds: string[]) {
  if (new Set(unitIds).size !== unitIds.length)
    throw reject.bad({
      vi: "một đơn vị được ghi hai lần trong cụm",
      en: "a unit is listed twice in the cluster",
    });
  const manageable = await c.var.access.unitsWithin(MANAGE);
  for (const id of unitIds) {
    if (!(await c.var.units.get(id)))
      throw reject.bad({ vi: `không có đơn vị “${id}”`, en: `there is no unit “${id}”` });
    if (!manageable.has(id)) throw reject.forbidden();
  }
  const others = (await c.var.store.queryAll<Cluster>(keys.clusters(year))).filter(
    (x) => x.data.id !== clusterId,
  );
  for (const other of others) {
    const overlap = other.data.unitIds.filter((u) => unitIds.includes(u));
    if (overlap.length)
      throw reject.conflict({
        vi: `đơn vị ${overlap.join(", ")} đã thuộc cụm “${other.data.name}” năm học ${year}`,
        en: `unit ${overlap.join(", ")} is already in cluster “${other.data.name}” for school year ${year}`,
      });
  }
}

export function clusterRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.years, async (c) => c.json({ items: await clusterYears(c.var.store) }, 200));

  app.openapi(routes.list, async (c) => {
    const { schoolYear } = c.req.valid("query");
    const items = await c.var.store.queryAll<Cluster>(keys.clusters(schoolYear));
    return c.json({ items: items.map(view) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    const id = body.id ?? (slugify(body.name).slice(0, 60) || "cum");
    await checkUnits(c, body.schoolYear, id, body.unitIds);
    const cluster: Cluster = { id, schoolYear: body.schoolYear, name: body.name, unitIds: body.unitIds };
    try {
      await c.var.store.transact([
        c.var.store.prepareCreate(keys.cluster(body.schoolYear, id), "cluster", cluster),
        c.var.audit.prepare({
          action: "emulation.cluster.create",
          target: `cluster:${body.schoolYear}/${id}`,
          after: cluster,
        }),
      ]);
    } catch (error) {
      if (error instanceof ConflictError)
        throw reject.conflict({
          vi: `cụm “${id}” năm học ${body.schoolYear} đã có`,
          en: `cluster “${id}” of school year ${body.schoolYear} already exists`,
        });
      throw error;
    }
    await markClusterYear(c.var.store, body.schoolYear);
    await refreshRankingsOfYear(c.var.store, c.var.units, body.schoolYear, c.var.settings.thresholds);
    c.var.invalidateScoreboards();
    return c.json({ ...cluster, version: 1 }, 201);
  });

  app.openapi(routes.update, async (c) => {
    const { schoolYear, id } = c.req.valid("param");
    const { expectedVersion, ...changes } = c.req.valid("json");
    const current = await c.var.store.get<Cluster>(keys.cluster(schoolYear, id));
    if (!current) throw new NotFoundError();
    if (current.version !== expectedVersion) throw reject.stale();
    const next: Cluster = {
      ...current.data,
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.unitIds ? { unitIds: changes.unitIds } : {}),
    };
    await checkUnits(c, schoolYear, id, next.unitIds);
    // Removing a unit also needs the right to manage it.
    const manageable = await c.var.access.unitsWithin(MANAGE);
    for (const u of current.data.unitIds) if (!manageable.has(u)) throw reject.forbidden();
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.cluster(schoolYear, id), current, expectedVersion, next),
      c.var.audit.prepare({
        action: "emulation.cluster.update",
        target: `cluster:${schoolYear}/${id}`,
        before: current.data,
        after: next,
      }),
    ]);
    await markClusterYear(c.var.store, schoolYear); // idempotent; heals a marker a failed create left out
    await refreshRankingsOfYear(c.var.store, c.var.units, schoolYear, c.var.settings.thresholds);
    c.var.invalidateScoreboards();
    return c.json({ ...next, version: expectedVersion + 1 }, 200);
  });
}
