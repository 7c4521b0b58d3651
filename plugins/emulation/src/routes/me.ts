import { NotFoundError } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { audienceOf } from "../audience";
import { Id, ok, readErrors } from "../http";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";

const Permission = z.enum([
  "emulation.propose",
  "emulation.register",
  "emulation.report",
  "emulation.review",
  "emulation.award",
  "emulation.initiative",
  "emulation.manage",
]);

const route = guardedRoute("emulation.read", {
  method: "get",
  path: "/me/units",
  tags: ["Thi đua – phong trào"],
  summary: "Đơn vị mà người dùng được thao tác với một quyền (cho ô chọn đơn vị)",
  request: {
    query: z.object({
      permission: Permission,
      kind: z.enum(["cdcs", "any"]).default("any"),
      /** Only units inside this unit's subtree (e.g. the nominees of a proposing unit). */
      within: z.string().min(1).max(64).optional(),
      /** Only units in this movement's audience (the units that may register for it). */
      movementId: Id.optional(),
    }),
  },
  responses: {
    200: ok(z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) })),
    ...readErrors,
  },
});

const unitRoute = guardedRoute("emulation.read", {
  method: "get",
  path: "/units/{unitId}",
  tags: ["Thi đua – phong trào"],
  summary: "Tên một đơn vị (để trang hiển thị tên thay cho mã)",
  request: { params: z.object({ unitId: z.string().min(1).max(64) }) },
  responses: { 200: ok(z.object({ id: z.string(), name: z.string(), kind: z.string() })), ...readErrors },
});

export function meRoutes(app: PluginApp<Settings>) {
  app.openapi(unitRoute, async (c) => {
    const { unitId } = c.req.valid("param");
    await c.var.access.require("emulation.read", unitId);
    const unit = await c.var.units.get(unitId);
    if (!unit) throw new NotFoundError("entity.unit");
    return c.json({ id: unit.id, name: unit.name, kind: unit.kind }, 200);
  });

  app.openapi(route, async (c) => {
    const { permission, kind, within, movementId } = c.req.valid("query");
    const ids = await c.var.access.unitsWithin(permission);
    const inside = within ? new Set(await c.var.units.subtree(within)) : undefined;
    const targeted = movementId
      ? await audienceOf(c.var.units, (await loadMovement(c, movementId)).data)
      : undefined;
    const items = (await c.var.units.all())
      .filter(
        (u) =>
          ids.has(u.id) &&
          u.status === "active" &&
          (kind === "any" || u.kind === kind) &&
          (!inside || inside.has(u.id)) &&
          (!targeted || targeted(u)),
      )
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));
    return c.json({ items }, 200);
  });
}
