import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { ok, readErrors } from "../http";
import type { Settings } from "../settings";

const MANAGE = "democracy.manage";

const ManageableUnitSchema = z
  .object({ id: z.string(), name: z.string(), kind: z.string(), parentId: z.string().nullable() })
  .openapi("DemocracyManageableUnit");

const route = guardedRoute(MANAGE, {
  method: "get",
  path: "/manageable-units",
  tags: ["Quy chế dân chủ"],
  summary:
    "Các đơn vị người dùng được mở đợt hội nghị: liên đoàn, công đoàn ngành, LĐLĐ quận/huyện (không gồm CĐCS, đơn vị đã đóng)",
  responses: { 200: ok(z.object({ items: z.array(ManageableUnitSchema) })), ...readErrors },
});

/** The scope picker of the new-campaign form: the units above the CĐCS the caller manages, root first. */
export function manageableUnitRoutes(app: PluginApp<Settings>) {
  app.openapi(route, async (c) => {
    const [within, all] = await Promise.all([c.var.access.unitsWithin(MANAGE), c.var.units.all()]);
    const items = all
      .filter((u) => within.has(u.id) && u.kind !== "cdcs" && u.status === "active")
      .map((u) => ({ id: u.id, name: u.name, kind: u.kind, parentId: u.parentId ?? null }));
    const depth = new Map<string, number>();
    const byId = new Map(all.map((u) => [u.id, u]));
    const depthOf = (id: string): number => {
      const known = depth.get(id);
      if (known !== undefined) return known;
      const parent = byId.get(id)?.parentId;
      const d = parent && byId.has(parent) ? depthOf(parent) + 1 : 0;
      depth.set(id, d);
      return d;
    };
    items.sort((a, b) => depthOf(a.id) - depthOf(b.id) || a.name.localeCompare(b.name, "vi"));
    return c.json({ items }, 200);
  });
}
