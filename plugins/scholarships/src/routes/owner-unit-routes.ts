import { guardedRoute } from "@congdoan/plugin-sdk";
import { PERMISSION } from "../context";
import { ok } from "../http";
import type { App } from "../settings";

const route = guardedRoute(PERMISSION.manage, {
  method: "get",
  path: "/manageable-units",
  tags: ["Học bổng"],
  summary:
    "Các đơn vị người dùng được quản lý học bổng: đơn vị tổ chức chương trình, quận/huyện và CĐCS cho chỉ tiêu",
  responses: ok("Đơn vị"),
});

/** The programme form's pickers: the federation, then district and sector unions, then the CĐCS. */
export function ownerUnitRoutes(app: App) {
  app.openapi(route, async (c) => {
    const ids = await c.var.access.unitsWithin(PERMISSION.manage);
    const items = [];
    for (const id of ids) {
      const unit = await c.var.units.get(id);
      if (unit && unit.status !== "closed") items.push({ id, name: unit.name, kind: unit.kind });
    }
    const rank = (kind: string) => (kind === "ldld" ? 0 : kind === "cdcs" ? 2 : 1);
    items.sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, "vi"));
    return c.json({ items }, 200);
  });
}
