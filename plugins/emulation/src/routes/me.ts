import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { ok, readErrors } from "../http";
import type { Settings } from "../settings";

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
  request: { query: z.object({ permission: Permission, kind: z.enum(["cdcs", "any"]).default("any") }) },
  responses: {
    200: ok(z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) })),
    ...readErrors,
  },
});

export function meRoutes(app: PluginApp<Settings>) {
  app.openapi(route, async (c) => {
    const { permission, kind } = c.req.valid("query");
    const ids = await c.var.access.unitsWithin(permission);
    const items = (await c.var.units.all())
      .filter((u) => ids.has(u.id) && u.status === "active" && (kind === "any" || u.kind === kind))
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi"));
    return c.json({ items }, 200);
  });
}
