import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { actor, type Ctx, Id, json, nowIso, ok, readErrors, reject, SchoolYear, writeErrors } from "../http";
import { keys } from "../keys";
import type { Round } from "../model";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";
import { checkYear, refreshResultBoards } from "./result-rules";

const REVIEW = "emulation.review";
const tags = ["Thi đua – kết quả"];
const Any = z.any();
const YearParams = z.object({ id: Id, schoolYear: SchoolYear });
const RoundBody = z.object({ reason: z.string().max(500).optional() });
const ReopenBody = z.object({ reason: z.string().min(3, "Hãy ghi lý do mở lại").max(500) });

const routes = {
  round: guardedRoute("emulation.read", {
    method: "get",
    path: "/movements/{id}/rounds/{schoolYear}",
    tags,
    summary: "Trạng thái đợt",
    request: { params: YearParams },
    responses: { 200: ok(Any), ...readErrors },
  }),
  close: guardedRoute(REVIEW, {
    method: "post",
    path: "/movements/{id}/rounds/{schoolYear}/close",
    tags,
    summary: "Khoá đợt: kết quả không sửa được nữa",
    request: { params: YearParams, body: json(RoundBody) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  reopen: guardedRoute(REVIEW, {
    method: "post",
    path: "/movements/{id}/rounds/{schoolYear}/reopen",
    tags,
    summary: "Mở lại đợt đã khoá (ghi nhật ký)",
    request: { params: YearParams, body: json(ReopenBody) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
};

/** Rounds: the reviewer at the launching unit closes a school year (results frozen) and may reopen it, with a reason. */
export function roundRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.round, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    const round = await c.var.store.get<Round>(keys.round(id, schoolYear));
    return c.json(
      round
        ? { ...round.data, version: round.version }
        : { movementId: id, schoolYear, status: "open", events: [] },
      200,
    );
  });

  async function setRound(c: Ctx, id: string, year: string, action: "close" | "reopen", reason?: string) {
    const movement = (await loadMovement(c, id)).data;
    await c.var.access.require(REVIEW, movement.ownerUnitId);
    checkYear(movement, year);
    const address = keys.round(id, year);
    const current = await c.var.store.get<Round>(address);
    const status = current?.data.status ?? "open";
    if (action === "close" && status === "closed")
      throw reject.conflict({
        vi: `đợt năm học ${year} đã khoá rồi`,
        en: `the ${year} round is already closed`,
      });
    if (action === "reopen" && status === "open")
      throw reject.conflict({ vi: `đợt năm học ${year} đang mở`, en: `the ${year} round is open` });
    const base: Round = current?.data ?? { movementId: id, schoolYear: year, status: "open", events: [] };
    const next: Round = {
      ...base,
      status: action === "close" ? "closed" : "open",
      events: [...base.events, { at: nowIso(), by: actor(c), action, ...(reason ? { reason } : {}) }],
    };
    await c.var.store.transact([
      current
        ? c.var.store.prepareUpdate(address, current, current.version, next)
        : c.var.store.prepareCreate(address, "round", next),
      c.var.audit.prepare({
        action: `emulation.round.${action}`,
        unitId: movement.ownerUnitId,
        target: `round:${id}/${year}`,
        before: current?.data,
        after: next,
      }),
    ]);
    await refreshResultBoards(c, movement, year);
    return { ...next, version: (current?.version ?? 0) + 1 };
  }

  app.openapi(routes.close, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    return c.json(await setRound(c, id, schoolYear, "close", c.req.valid("json").reason), 200);
  });
  app.openapi(routes.reopen, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    return c.json(await setRound(c, id, schoolYear, "reopen", c.req.valid("json").reason), 200);
  });
}
