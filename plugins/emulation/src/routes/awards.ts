import { ConflictError, formatDate, NotFoundError, slugify } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { type AwardRow, refreshAwards } from "../boards";
import { type Ctx, Cursor, IsoDate, json, ok, readErrors, reject, SchoolYear, writeErrors } from "../http";
import { keys } from "../keys";
import { type AwardLevelId, awardForms, awardLevels } from "../labels";
import type { Decision } from "../model";
import type { Settings } from "../settings";
import { acceptedProposals, checkLines, Line } from "./award-lines";
import { loadMovement } from "./movements";

const AWARD = "emulation.award";
const READ = "emulation.read";
const tags = ["Khen thưởng"];
const Any = z.any();

const CreateDecision = z
  .object({
    number: z.string().min(2, "Hãy ghi số quyết định").max(60),
    date: IsoDate,
    signer: z.string().min(2).max(120),
    level: z.enum(Object.keys(awardLevels) as [AwardLevelId, ...AwardLevelId[]]),
    schoolYear: SchoolYear,
    movementId: z.string().min(1).max(80).optional(),
    issuedByUnitId: z.string().min(1).max(64),
    lines: z.array(Line).max(400).default([]),
    /** Accepted proposals whose lines the decision grants (they become "decided"). */
    proposalIds: z.array(z.string().min(1).max(80)).max(20).optional(),
  })
  .refine((d) => d.lines.length > 0 || (d.proposalIds?.length ?? 0) > 0, {
    path: ["lines"],
    message: "Quyết định cần ít nhất một tập thể hoặc cá nhân",
  });

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/decisions",
    tags,
    summary: "Các quyết định khen thưởng",
    request: { query: Cursor },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  create: guardedRoute(AWARD, {
    method: "post",
    path: "/decisions",
    tags,
    summary: "Ban hành quyết định khen thưởng",
    request: { body: json(CreateDecision) },
    responses: { 201: ok(Any), ...writeErrors },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/decisions/{id}",
    tags,
    summary: "Một quyết định và danh sách được khen",
    request: { params: z.object({ id: z.string().min(1).max(80) }) },
    responses: { 200: ok(Any), ...readErrors },
  }),
  print: guardedRoute(READ, {
    method: "get",
    path: "/decisions/{id}/print",
    tags,
    summary: "Danh sách khen thưởng để in (HTML)",
    request: { params: z.object({ id: z.string().min(1).max(80) }) },
    responses: { 200: { description: "HTML" }, ...readErrors },
  }),
  summary: guardedRoute(READ, {
    method: "get",
    path: "/awards/summary",
    tags,
    summary: "Tổng hợp khen thưởng theo cấp và hình thức",
    request: { query: z.object({ schoolYear: SchoolYear.optional() }) },
    responses: { 200: ok(Any), ...readErrors },
  }),
};

/** Names of individuals are personal data: only those who may award within the unit see them. */
export async function lineView(c: Ctx, d: Decision) {
  const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
  const canSee = await c.var.access.unitsWithin(AWARD);
  return d.lines.map((l) => ({
    ...l,
    unitName: names.get(l.unitId) ?? l.unitId,
    ...(l.fullName && !canSee.has(l.unitId) ? { fullName: "(ẩn)" } : {}),
  }));
}

export function awardRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { cursor } = c.req.valid("query");
    const page = await c.var.store.query<Decision>(keys.decisions, {
      limit: c.var.settings.pageSize,
      reverse: true,
      ...(cursor ? { cursor } : {}),
    });
    const items = page.items.map(({ data: { lines, ...d }, version }) => ({
      ...d,
      version,
      collectives: lines.filter((l) => l.recipient === "collective").length,
      individuals: lines.filter((l) => l.recipient === "individual").length,
    }));
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(AWARD, body.issuedByUnitId);
    const within = new Set(await c.var.units.subtree(body.issuedByUnitId));
    for (const p of await acceptedProposals(c, body.proposalIds ?? []))
      if (!within.has(p.data.proposedByUnitId))
        throw reject.bad({
          vi: `đề nghị ${p.data.id} không thuộc đơn vị ra quyết định`,
          en: `proposal ${p.data.id} is not from the deciding unit's subtree`,
        });
      else if (p.data.holderUnitId && p.data.holderUnitId !== body.issuedByUnitId)
        // The level that accepted the proposal is the one that grants it.
        throw reject.bad({
          vi: `đề nghị ${p.data.id} do đơn vị ${p.data.holderUnitId} chấp nhận; quyết định phải do đơn vị đó ban hành`,
          en: `proposal ${p.data.id} was accepted by unit ${p.data.holderUnitId}; that unit must issue the decision`,
        });
    const movement = body.movementId ? (await loadMovement(c, body.movementId)).data : undefined;
    const lines = await checkLines(c, body.lines, body.issuedByUnitId, movement);
    const proposals = await acceptedProposals(c, body.proposalIds ?? []);
    for (const p of proposals) lines.push(...p.data.lines.filter((l) => within.has(l.unitId)));
    if (lines.length > 400)
      throw reject.bad({ vi: "một quyết định tối đa 400 dòng", en: "a decision holds at most 400 lines" });
    const id = `${body.date}-${slugify(body.number).slice(0, 50) || "qd"}`;
    const decision: Decision = {
      id,
      number: body.number,
      date: body.date,
      signer: body.signer,
      level: body.level,
      schoolYear: body.schoolYear,
      issuedByUnitId: body.issuedByUnitId,
      lines,
      ...(body.movementId ? { movementId: body.movementId } : {}),
    };
    try {
      await c.var.store.transact([
        c.var.store.prepareCreate(keys.decision(id), "decision", decision),
        ...proposals.map((p) =>
          c.var.store.prepareUpdate(keys.proposal(p.data.id), p, p.version, {
            ...p.data,
            status: "decided",
            decisionId: id,
          }),
        ),
        c.var.audit.prepare({
          action: "emulation.decision.create",
          unitId: body.issuedByUnitId,
          target: `decision:${id}`,
          after: { ...decision, lines: lines.length },
        }),
      ]);
    } catch (error) {
      if (error instanceof ConflictError)
        throw reject.conflict({
          vi: `quyết định số ${body.number} ngày ${formatDate(body.date)} đã có`,
          en: `decision no. ${body.number} of ${formatDate(body.date)} already exists`,
        });
      throw error;
    }
    await refreshAwards(c.var.store);
    c.var.invalidateScoreboards();
    return c.json({ ...decision, version: 1 }, 201);
  });

  async function getDecision(c: Ctx, id: string): Promise<StoredItem<Decision>> {
    const item = await c.var.store.get<Decision>(keys.decision(id));
    if (!item) throw new NotFoundError();
    return item;
  }

  app.openapi(routes.get, async (c) => {
    const item = await getDecision(c, c.req.valid("param").id);
    return c.json({ ...item.data, version: item.version, lines: await lineView(c, item.data) }, 200);
  });

  app.openapi(routes.print, async (c) => {
    const item = await getDecision(c, c.req.valid("param").id);
    const d = item.data;
    const lines = await lineView(c, d);
    const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    const rows = lines
      .map(
        (l, i) =>
          `<tr><td>${i + 1}</td><td>${esc(l.recipient === "collective" ? l.unitName : (l.fullName ?? ""))}</td><td>${esc(l.recipient === "collective" ? "Tập thể" : l.unitName)}</td><td>${esc(awardForms[l.form].vi)}${l.title ? ` “${esc(l.title)}”` : ""}</td></tr>`,
      )
      .join("");
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Danh sách khen thưởng ${esc(d.number)}</title><style>body{font-family:serif;margin:2cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;padding:4px}</style></head><body><h1>Danh sách khen thưởng</h1><p>Kèm theo Quyết định số ${esc(d.number)} ngày ${formatDate(d.date)} của ${esc(awardLevels[d.level].vi)} — năm học ${esc(d.schoolYear.replace("-", "–"))}</p><table><thead><tr><th>TT</th><th>Tập thể / Họ và tên</th><th>Đơn vị</th><th>Hình thức</th></tr></thead><tbody>${rows}</tbody></table><p>Người ký: ${esc(d.signer)}</p></body></html>`;
    return c.body(html, 200, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  app.openapi(routes.summary, async (c) => {
    const { schoolYear } = c.req.valid("query");
    const board = await c.var.store.get<{ rows: AwardRow[] }>(keys.awardsBoard);
    const rows = (board?.data.rows ?? []).filter((r) => !schoolYear || r.schoolYear === schoolYear);
    return c.json({ rows }, 200);
  });
}
