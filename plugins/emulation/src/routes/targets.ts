import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import type { TargetRow } from "../boards";
import { type Ctx, Id, ok, readErrors } from "../http";
import { keys } from "../keys";
import type { Target } from "../model";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";

/** A target with its achievement lines (whole union, per school year, per district) and its history. */
export type TargetView = Target & { rows: TargetRow[] };

const route = guardedRoute("emulation.read", {
  method: "get",
  path: "/movements/{id}/targets",
  tags: ["Thi đua – phong trào"],
  summary: "Chỉ tiêu và kết quả đạt được (kế hoạch, đạt, tính đến ngày, đạt / không đạt, lịch sử điều chỉnh)",
  request: { params: z.object({ id: Id }) },
  responses: { 200: ok(z.any()), ...readErrors },
});

/** The movement's targets joined with the targets board rows (one get each: no recount on read). */
export async function targetsView(c: Ctx, movementId: string) {
  const movement = await loadMovement(c, movementId);
  const board = await c.var.store.get<{ rows: TargetRow[] }>(keys.targetsBoard);
  const rows = (board?.data.rows ?? []).filter((r) => r.movementId === movementId);
  const targets: TargetView[] = movement.data.targets.map((t) => ({
    ...t,
    rows: rows.filter((r) => r.targetId === t.id),
  }));
  return {
    movementId,
    movementName: movement.data.name,
    period: movement.data.period,
    version: movement.version,
    targets,
  };
}

export function targetRoutes(app: PluginApp<Settings>) {
  app.openapi(route, async (c) => c.json(await targetsView(c, c.req.valid("param").id), 200));
}
