import { AppError, ConflictError, formatNumber, NotFoundError } from "@congdoan/core";
import type { StoredItem, TransactionOp } from "@congdoan/db";
import {
  AdoptSchema,
  guardedRoute,
  type PluginApp,
  UploadFormSchema,
  UploadRequestSchema,
  visiblePage,
  z,
} from "@congdoan/plugin-sdk";
import { achievedFrom } from "../boards";
import {
  actor,
  type Ctx,
  Cursor,
  Id,
  json,
  nowIso,
  ok,
  readErrors,
  reject,
  SchoolYear,
  Version,
  writeErrors,
} from "../http";
import { keys } from "../keys";
import type { Movement, Result } from "../model";
import { classify, totalScore } from "../scoring";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";
import { requireRegistered } from "./registrations";
import {
  checkFigures,
  checkYear,
  FigureInput,
  openRound,
  refreshResultBoards,
  stateMessage,
  unitOf,
} from "./result-rules";

const REPORT = "emulation.report";
const REVIEW = "emulation.review";
const READ = "emulation.read";
const tags = ["Thi đua – kết quả"];
const Any = z.any();
const YearParams = z.object({ id: Id, schoolYear: SchoolYear });
const UnitParams = YearParams.extend({ unitId: z.string().min(1).max(64) });

const SaveResult = z.object({
  expectedVersion: Version.optional(),
  figures: z.record(z.string(), FigureInput),
});
/** The file itself went straight to storage with a form from `evidenceForm`; this names its key. */
const Evidence = AdoptSchema.extend({
  expectedVersion: Version,
  criterionId: Id,
  note: z.string().max(1000).optional(),
});
const Review = z.object({ expectedVersion: Version, comment: z.string().max(1000).optional() });
const Return = z.object({
  expectedVersion: Version,
  comment: z.string().min(3, "Hãy ghi lý do trả lại").max(1000),
});

function r<M extends "put" | "post", P extends z.ZodObject, B extends z.ZodType>(
  method: M,
  path: string,
  permission: string,
  summary: string,
  params: P,
  body: B,
) {
  return guardedRoute(permission, {
    method,
    path,
    tags,
    summary,
    request: { params, body: json(body) },
    responses: { 200: ok(Any), ...writeErrors },
  });
}

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/movements/{id}/results/{schoolYear}",
    tags,
    summary: "Kết quả các đơn vị trong năm học",
    request: { params: YearParams, query: Cursor },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/movements/{id}/results/{schoolYear}/{unitId}",
    tags,
    summary: "Kết quả của một đơn vị",
    request: { params: UnitParams },
    responses: { 200: ok(Any), ...readErrors },
  }),
  aggregate: guardedRoute(READ, {
    method: "get",
    path: "/movements/{id}/aggregate/{schoolYear}",
    tags,
    summary: "Số liệu của đơn vị cấp trên, cộng từ các đơn vị trực thuộc (đã duyệt)",
    request: { params: YearParams, query: z.object({ unitId: z.string().min(1).max(64) }) },
    responses: { 200: ok(Any), ...readErrors },
  }),
  ranking: guardedRoute(READ, {
    method: "get",
    path: "/movements/{id}/ranking/{schoolYear}",
    tags,
    summary: "Xếp hạng trong các cụm thi đua",
    request: { params: YearParams },
    responses: { 200: ok(Any), ...readErrors },
  }),
  save: r(
    "put",
    "/movements/{id}/results/{schoolYear}/{unitId}",
    REPORT,
    "Đơn vị nhập số liệu theo tiêu chí (bản nháp)",
    UnitParams,
    SaveResult,
  ),
  evidenceForm: guardedRoute(REPORT, {
    method: "post",
    path: "/movements/{id}/results/{schoolYear}/{unitId}/evidence/upload-form",
    tags,
    summary: "Xin mẫu tải minh chứng lên thẳng kho tệp (rồi gửi mã tệp tới …/evidence)",
    request: { params: UnitParams, body: json(UploadRequestSchema) },
    responses: { 200: ok(UploadFormSchema), ...writeErrors },
  }),
  evidence: r(
    "post",
    "/movements/{id}/results/{schoolYear}/{unitId}/evidence",
    REPORT,
    "Đính kèm minh chứng cho một tiêu chí",
    UnitParams,
    Evidence,
  ),
  submit: r(
    "post",
    "/movements/{id}/results/{schoolYear}/{unitId}/submit",
    REPORT,
    "Gửi kết quả lên cấp trên",
    UnitParams,
    Review,
  ),
  accept: r(
    "post",
    "/movements/{id}/results/{schoolYear}/{unitId}/accept",
    REVIEW,
    "Cấp trên chấp nhận kết quả",
    UnitParams,
    Review,
  ),
  return: r(
    "post",
    "/movements/{id}/results/{schoolYear}/{unitId}/return",
    REVIEW,
    "Cấp trên trả lại kết quả kèm ý kiến",
    UnitParams,
    Return,
  ),
};

const view = (i: StoredItem<Result>) => ({ ...i.data, version: i.version });

export function resultRoutes(app: PluginApp<Settings>) {
  async function load(c: Ctx, id: string, year: string, unitId: string) {
    const item = await c.var.store.get<Result>(keys.result(id, year, unitId));
    if (!item) throw new NotFoundError();
    return item;
  }

  /** A workflow step on a result: permission, state, round open, version, audit — all or nothing. */
  async function step(
    c: Ctx,
    p: { id: string; schoolYear: string; unitId: string },
    expectedVersion: number,
    permission: string,
    from: Result["status"][],
    action: string,
    edit: (r: Result, m: Movement) => Result,
  ) {
    await c.var.access.require(permission, p.unitId);
    const movementItem = await loadMovement(c, p.id);
    const movement = movementItem.data;
    const current = await load(c, p.id, p.schoolYear, p.unitId);
    if (!from.includes(current.data.status)) throw reject.conflict(stateMessage(current.data.status));
    if (current.version !== expectedVersion) throw reject.stale();
    const round = await openRound(c, p.id, p.schoolYear);
    const next = edit(structuredClone(current.data), movement);
    next.history.push({
      at: nowIso(),
      by: actor(c),
      action,
      ...(next.review?.comment && action !== "submit" ? { comment: next.review.comment } : {}),
    });
    const ops: TransactionOp[] = [
      c.var.store.prepareCheck(keys.round(p.id, p.schoolYear), round.version),
      // Scored with these criteria: a criteria change committed meanwhile refuses this step (409).
      c.var.store.prepareCheck(keys.movement(p.id), movementItem.version),
      c.var.store.prepareUpdate(keys.result(p.id, p.schoolYear, p.unitId), current, expectedVersion, next),
      c.var.audit.prepare({
        action: `emulation.result.${action}`,
        unitId: p.unitId,
        target: `result:${p.id}/${p.schoolYear}/${p.unitId}`,
        before: current.data,
        after: next,
      }),
    ];
    await c.var.store.transact(ops);
    return { next, movement, version: expectedVersion + 1 };
  }

  app.openapi(routes.list, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    const { cursor } = c.req.valid("query");
    const visible = await c.var.access.unitsWithin(READ);
    const page = await visiblePage<Result>(
      (from, limit) =>
        c.var.store.query<Result>(keys.results(id, schoolYear), { limit, ...(from ? { cursor: from } : {}) }),
      (i) => visible.has(i.data.unitId),
      c.var.settings.pageSize,
      cursor,
    );
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    return c.json(
      {
        items: page.items.map((i) => ({ ...view(i), unitName: names.get(i.data.unitId) ?? i.data.unitId })),
        ...(page.cursor ? { cursor: page.cursor } : {}),
      },
      200,
    );
  });

  app.openapi(routes.get, async (c) => {
    const { id, schoolYear, unitId } = c.req.valid("param");
    await c.var.access.require(READ, unitId);
    const result = view(await load(c, id, schoolYear, unitId));
    const unit = await c.var.units.get(unitId);
    return c.json({ ...result, unitName: unit?.name ?? unitId }, 200);
  });

  app.openapi(routes.aggregate, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    const { unitId } = c.req.valid("query");
    await c.var.access.require(READ, unitId);
    const movement = (await loadMovement(c, id)).data;
    const subtree = new Set(await c.var.units.subtree(unitId));
    const accepted = (await c.var.store.queryAll<Result>(keys.results(id, schoolYear)))
      .map((i) => i.data)
      .filter((x) => x.status === "accepted" && subtree.has(x.unitId));
    const criteria = movement.criteria.map((cr) => {
      const percent = achievedFrom(accepted, cr.id, "percent");
      const count = achievedFrom(accepted, cr.id, "count");
      return { criterionId: cr.id, name: cr.name, measure: cr.measure, value: count ?? 0, percent };
    });
    return c.json({ movementId: id, schoolYear, unitId, units: accepted.length, criteria }, 200);
  });

  app.openapi(routes.ranking, async (c) => {
    const { id, schoolYear } = c.req.valid("param");
    const boards = await c.var.store.queryAll(keys.rankingBoards(schoolYear), { skPrefix: [id] });
    return c.json({ movementId: id, schoolYear, clusters: boards.map((b) => b.data) }, 200);
  });

  app.openapi(routes.save, async (c) => {
    const p = c.req.valid("param");
    const body = c.req.valid("json");
    await c.var.access.require(REPORT, p.unitId);
    const movement = (await loadMovement(c, p.id)).data;
    checkYear(movement, p.schoolYear);
    const unit = await unitOf(c, p.unitId);
    await requireRegistered(c.var.store, p.id, p.unitId, unit.name);
    const figures = checkFigures(movement, unit, body.figures);
    const address = keys.result(p.id, p.schoolYear, p.unitId);
    const current = await c.var.store.get<Result>(address);
    const round = await openRound(c, p.id, p.schoolYear);
    const by = actor(c);
    if (!current) {
      const created: Result = {
        movementId: p.id,
        schoolYear: p.schoolYear,
        unitId: p.unitId,
        figures,
        status: "draft",
        history: [{ at: nowIso(), by, action: "save" }],
      };
      try {
        await c.var.store.transact([
          c.var.store.prepareCheck(keys.round(p.id, p.schoolYear), round.version),
          c.var.store.prepareCreate(address, "result", created),
          c.var.audit.prepare({
            action: "emulation.result.save",
            unitId: p.unitId,
            target: `result:${p.id}/${p.schoolYear}/${p.unitId}`,
            after: created,
          }),
        ]);
      } catch (error) {
        if (error instanceof ConflictError) throw reject.stale();
        throw error;
      }
      return c.json({ ...created, version: 1 }, 200);
    }
    if (current.data.status === "submitted" || current.data.status === "accepted")
      throw reject.conflict(stateMessage(current.data.status));
    if (body.expectedVersion !== current.version) throw reject.stale();
    // Keep attached files of criteria whose figure is re-typed.
    for (const [cid, f] of Object.entries(figures)) {
      const file = current.data.figures[cid]?.evidence?.file;
      if (file) f.evidence = { ...f.evidence, file };
    }
    const next: Result = { ...current.data, figures: { ...current.data.figures, ...figures } };
    next.history = [...next.history, { at: nowIso(), by, action: "save" }];
    await c.var.store.transact([
      c.var.store.prepareCheck(keys.round(p.id, p.schoolYear), round.version),
      c.var.store.prepareUpdate(address, current, current.version, next),
      c.var.audit.prepare({
        action: "emulation.result.save",
        unitId: p.unitId,
        target: `result:${p.id}/${p.schoolYear}/${p.unitId}`,
        before: current.data,
        after: next,
      }),
    ]);
    return c.json({ ...next, version: current.version + 1 }, 200);
  });

  /** The tenant's evidence limit (settings), never above the host's. */
  function checkEvidenceSize(c: Ctx, size: number) {
    const limit = Math.min(c.var.settings.evidenceMaxBytes, c.var.files.maxBytes);
    if (size > limit)
      throw new AppError("payload_too_large", "error.payloadTooLarge", {
        limit: `${formatNumber(Math.round(limit / 1024))} KB`,
      });
  }

  app.openapi(routes.evidenceForm, async (c) => {
    const p = c.req.valid("param");
    const body = c.req.valid("json");
    await c.var.access.require(REPORT, p.unitId);
    checkEvidenceSize(c, body.size);
    const current = await load(c, p.id, p.schoolYear, p.unitId);
    if (current.data.status === "submitted" || current.data.status === "accepted")
      throw reject.conflict(stateMessage(current.data.status));
    return c.json(await c.var.files.createUpload(body), 200);
  });

  app.openapi(routes.evidence, async (c) => {
    const p = c.req.valid("param");
    const body = c.req.valid("json");
    await c.var.access.require(REPORT, p.unitId);
    const current = await load(c, p.id, p.schoolYear, p.unitId);
    if (current.data.status === "submitted" || current.data.status === "accepted")
      throw reject.conflict(stateMessage(current.data.status));
    if (current.version !== body.expectedVersion) throw reject.stale();
    const movement = (await loadMovement(c, p.id)).data;
    if (!movement.criteria.some((cr) => cr.id === body.criterionId))
      throw reject.bad({
        vi: `không có tiêu chí “${body.criterionId}” trong phong trào`,
        en: `the movement has no criterion “${body.criterionId}”`,
      });
    const stored = await c.var.files.adopt(body.key, { fileName: body.fileName });
    try {
      // The form was limited to the size declared when it was asked for; this also holds if the
      // tenant lowered its limit in between.
      checkEvidenceSize(c, stored.size);
      const out = await step(c, p, body.expectedVersion, REPORT, ["draft", "returned"], "evidence", (res) => {
        const figure = res.figures[body.criterionId] ?? { value: 0 };
        figure.evidence = {
          ...(body.note ? { note: body.note } : figure.evidence?.note ? { note: figure.evidence.note } : {}),
          file: stored,
        };
        res.figures[body.criterionId] = figure;
        return res;
      });
      const old = current.data.figures[body.criterionId]?.evidence?.file;
      if (old) await c.var.files.remove(old.key);
      return c.json({ ...out.next, version: out.version }, 200);
    } catch (error) {
      await c.var.files.remove(stored.key);
      throw error;
    }
  });

  app.openapi(routes.submit, async (c) => {
    const p = c.req.valid("param");
    const { expectedVersion } = c.req.valid("json");
    const thresholds = c.var.settings.thresholds;
    const out = await step(c, p, expectedVersion, REPORT, ["draft", "returned"], "submit", (res, m) => {
      const missing = m.criteria.filter((cr) => !res.figures[cr.id]);
      if (missing.length)
        throw reject.bad({
          vi: `chưa nhập số liệu cho: ${missing.map((x) => x.name).join(", ")}`,
          en: `figures missing for: ${missing.map((x) => x.name).join(", ")}`,
        });
      res.status = "submitted";
      res.submittedAt = nowIso();
      res.score = totalScore(m.criteria, res.figures);
      res.classification = classify(res.score, thresholds);
      return res;
    });
    return c.json({ ...out.next, version: out.version }, 200);
  });

  app.openapi(routes.accept, async (c) => {
    const p = c.req.valid("param");
    const { expectedVersion, comment } = c.req.valid("json");
    const by = actor(c);
    const thresholds = c.var.settings.thresholds;
    const out = await step(c, p, expectedVersion, REVIEW, ["submitted"], "accept", (res, m) => {
      res.status = "accepted";
      res.score = totalScore(m.criteria, res.figures);
      res.classification = classify(res.score, thresholds);
      res.review = { by, at: nowIso(), ...(comment ? { comment } : {}) };
      return res;
    });
    await refreshResultBoards(c, out.movement, p.schoolYear);
    return c.json({ ...out.next, version: out.version }, 200);
  });

  app.openapi(routes.return, async (c) => {
    const p = c.req.valid("param");
    const { expectedVersion, comment } = c.req.valid("json");
    const by = actor(c);
    const out = await step(c, p, expectedVersion, REVIEW, ["submitted", "accepted"], "return", (res) => {
      const wasAccepted = res.status === "accepted";
      res.status = "returned";
      res.review = { by, at: nowIso(), comment };
      return Object.assign(res, { wasAccepted });
    });
    const wasAccepted = (out.next as Result & { wasAccepted?: boolean }).wasAccepted;
    if (wasAccepted) await refreshResultBoards(c, out.movement, p.schoolYear);
    const { wasAccepted: _w, ...rest } = out.next as Result & { wasAccepted?: boolean };
    return c.json({ ...rest, version: out.version }, 200);
  });
}
