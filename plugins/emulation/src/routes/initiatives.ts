import { NotFoundError, parsePeriod, parseSchoolYear } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, visiblePage, z } from "@congdoan/plugin-sdk";
import { type InitiativeRow, refreshInitiatives } from "../boards";
import {
  actor,
  type Ctx,
  Cursor,
  Id,
  json,
  newId,
  nowIso,
  ok,
  readErrors,
  reject,
  SchoolYear,
  Version,
  writeErrors,
} from "../http";
import { keys } from "../keys";
import type { Initiative, InitiativeTally } from "../model";
import type { Settings } from "../settings";

const SUBMIT = "emulation.initiative";
const REPORT = "emulation.report";
const REVIEW = "emulation.review";
const READ = "emulation.read";
const tags = ["Sáng kiến kinh nghiệm"];
const Any = z.any();
const Params = z.object({ schoolYear: SchoolYear, id: Id });

const Submit = z.object({
  schoolYear: SchoolYear,
  unitId: z.string().min(1).max(64),
  title: z.string().min(5, "Tên sáng kiến quá ngắn").max(300),
  field: z.string().min(2).max(120),
  schoolLevel: z.enum(["mam-non", "tieu-hoc", "thcs", "thpt", "lien-cap", "gdtx", "khac"]).optional(),
  authorName: z.string().min(2).max(120),
  memberId: z.string().min(1).max(64).optional(),
});
const Tally = z
  .object({
    period: z.string().min(4).max(40),
    unitId: z.string().min(1).max(64),
    submitted: z.number().int().min(0).max(10_000_000),
    recognised: z.number().int().min(0).max(10_000_000),
    note: z.string().max(500).optional(),
  })
  .refine((t) => t.recognised <= t.submitted, {
    path: ["recognised"],
    message: "Số được công nhận không thể lớn hơn số đăng ký",
  });

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/initiatives",
    tags,
    summary: "Sáng kiến của một năm học",
    request: { query: Cursor.extend({ schoolYear: SchoolYear }) },
    responses: { 200: ok(z.object({ items: z.array(Any), cursor: z.string().optional() })), ...readErrors },
  }),
  submit: guardedRoute(SUBMIT, {
    method: "post",
    path: "/initiatives",
    tags,
    summary: "Nộp sáng kiến kinh nghiệm",
    request: { body: json(Submit) },
    responses: { 201: ok(Any), ...writeErrors },
  }),
  forward: guardedRoute(REPORT, {
    method: "post",
    path: "/initiatives/{schoolYear}/{id}/forward",
    tags,
    summary: "Công đoàn cơ sở chuyển sáng kiến lên cấp chấm",
    request: { params: Params, body: json(z.object({ expectedVersion: Version })) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  grade: guardedRoute(REVIEW, {
    method: "post",
    path: "/initiatives/{schoolYear}/{id}/grade",
    tags,
    summary: "Chấm điểm sáng kiến (mỗi người chấm một lần, không chấm sáng kiến của đơn vị mình)",
    request: {
      params: Params,
      body: json(z.object({ expectedVersion: Version, score: z.number().min(0).max(10) })),
    },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  recognise: guardedRoute(REVIEW, {
    method: "post",
    path: "/initiatives/{schoolYear}/{id}/recognise",
    tags,
    summary: "Công nhận sáng kiến theo điểm trung bình",
    request: { params: Params, body: json(z.object({ expectedVersion: Version })) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  tally: guardedRoute(REVIEW, {
    method: "post",
    path: "/initiative-tallies",
    tags,
    summary: "Báo cáo số sáng kiến theo năm/giai đoạn (số tổng hợp)",
    request: { body: json(Tally) },
    responses: { 200: ok(Any), ...writeErrors },
  }),
  summary: guardedRoute(READ, {
    method: "get",
    path: "/initiatives/summary",
    tags,
    summary: "Số sáng kiến nộp / được công nhận theo năm và quận, huyện",
    responses: { 200: ok(Any), ...readErrors },
  }),
};

/** Author names are personal data: only those who act on the unit see them. */
async function view(c: Ctx, i: StoredItem<Initiative>) {
  const see =
    (await c.var.access.can(REPORT, i.data.unitId)) || (await c.var.access.can(REVIEW, i.data.unitId));
  const { grades, ...rest } = i.data;
  return {
    ...rest,
    authorName: see ? rest.authorName : "(ẩn)",
    graders: grades.length,
    ...(see ? { grades } : {}),
    version: i.version,
  };
}

export function initiativeRoutes(app: PluginApp<Settings>) {
  async function load(c: Ctx, year: string, id: string) {
    const item = await c.var.store.get<Initiative>(keys.initiative(year, id));
    if (!item) throw new NotFoundError();
    return item;
  }

  async function change(
    c: Ctx,
    current: StoredItem<Initiative>,
    expectedVersion: number,
    action: string,
    next: Initiative,
  ) {
    if (current.version !== expectedVersion) throw reject.stale();
    await c.var.store.transact([
      c.var.store.prepareUpdate(keys.initiative(next.schoolYear, next.id), current, expectedVersion, next),
      c.var.audit.prepare({
        action: `emulation.initiative.${action}`,
        unitId: next.unitId,
        target: `initiative:${next.schoolYear}/${next.id}`,
        before: current.data,
        after: next,
      }),
    ]);
    return { ...next, version: expectedVersion + 1 };
  }

  app.openapi(routes.list, async (c) => {
    const { schoolYear, cursor } = c.req.valid("query");
    const visible = await c.var.access.unitsWithin(READ);
    const page = await visiblePage<Initiative>(
      (from, limit) =>
        c.var.store.query<Initiative>(keys.initiatives(schoolYear), {
          limit,
          ...(from ? { cursor: from } : {}),
        }),
      (i) => visible.has(i.data.unitId),
      c.var.settings.pageSize,
      cursor,
    );
    const items = await Promise.all(page.items.map((i) => view(c, i)));
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.submit, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(SUBMIT, body.unitId);
    if (!(await c.var.units.get(body.unitId))) throw new NotFoundError("entity.unit");
    if (body.memberId) {
      const m = await c.var.members.get(body.memberId);
      if (!m || m.unitId !== body.unitId)
        throw reject.bad({
          vi: "tác giả không phải đoàn viên của đơn vị",
          en: "the author is not a member of the unit",
        });
    }
    const id = newId("sk");
    const initiative: Initiative = {
      id,
      schoolYear: body.schoolYear,
      unitId: body.unitId,
      title: body.title,
      field: body.field,
      authorName: body.authorName,
      submittedBy: actor(c),
      status: "submitted",
      grades: [],
      ...(body.schoolLevel ? { schoolLevel: body.schoolLevel } : {}),
      ...(body.memberId ? { memberId: body.memberId } : {}),
    };
    await c.var.store.transact([
      c.var.store.prepareCreate(keys.initiative(body.schoolYear, id), "initiative", initiative),
      c.var.audit.prepare({
        action: "emulation.initiative.submit",
        unitId: body.unitId,
        target: `initiative:${body.schoolYear}/${id}`,
        after: initiative,
      }),
    ]);
    await refreshInitiatives(c.var.store, c.var.units, body.schoolYear);
    c.var.invalidateScoreboards();
    return c.json({ ...initiative, version: 1 }, 201);
  });

  app.openapi(routes.forward, async (c) => {
    const { schoolYear, id } = c.req.valid("param");
    const current = await load(c, schoolYear, id);
    await c.var.access.require(REPORT, current.data.unitId);
    if (current.data.status !== "submitted")
      throw reject.conflict({
        vi: "sáng kiến đã được chuyển lên rồi",
        en: "the initiative has already been forwarded",
      });
    return c.json(
      await change(c, current, c.req.valid("json").expectedVersion, "forward", {
        ...current.data,
        status: "forwarded",
      }),
      200,
    );
  });

  app.openapi(routes.grade, async (c) => {
    const { schoolYear, id } = c.req.valid("param");
    const { expectedVersion, score } = c.req.valid("json");
    const current = await load(c, schoolYear, id);
    await c.var.access.require(REVIEW, current.data.unitId);
    const by = actor(c);
    if (current.data.status !== "forwarded")
      throw reject.conflict({
        vi: "chỉ chấm sáng kiến đã được chuyển lên và chưa xét công nhận",
        en: "only initiatives forwarded and not yet recognised can be graded",
      });
    // Conflict of interest: the submitter, or anyone acting for the author's own unit, may not grade.
    if (current.data.submittedBy === by || (await c.var.access.can(REPORT, current.data.unitId)))
      throw reject.bad({
        vi: "người chấm không được chấm sáng kiến của chính đơn vị mình (xung đột lợi ích)",
        en: "graders may not grade their own unit's initiative (conflict of interest)",
      });
    if (current.data.grades.some((g) => g.by === by))
      throw reject.conflict({
        vi: "bạn đã chấm sáng kiến này",
        en: "you have already graded this initiative",
      });
    const next = { ...current.data, grades: [...current.data.grades, { by, score, at: nowIso() }] };
    return c.json(await change(c, current, expectedVersion, "grade", next), 200);
  });

  app.openapi(routes.recognise, async (c) => {
    const { schoolYear, id } = c.req.valid("param");
    const { expectedVersion } = c.req.valid("json");
    const current = await load(c, schoolYear, id);
    await c.var.access.require(REVIEW, current.data.unitId);
    if (current.data.status !== "forwarded")
      throw reject.conflict({
        vi: "sáng kiến không ở bước chờ xét công nhận",
        en: "the initiative is not waiting for recognition",
      });
    const { minGraders, initiativeGrades: g } = c.var.settings;
    if (current.data.grades.length < minGraders)
      throw reject.bad({
        vi: `cần ít nhất ${minGraders} người chấm (mới có ${current.data.grades.length})`,
        en: `at least ${minGraders} graders are needed (so far ${current.data.grades.length})`,
      });
    const average =
      Math.round((current.data.grades.reduce((s, x) => s + x.score, 0) / current.data.grades.length) * 100) /
      100;
    const grade = average >= g.a ? "A" : average >= g.b ? "B" : average >= g.c ? "C" : undefined;
    const next: Initiative = grade
      ? { ...current.data, status: "recognised", recognition: { by: actor(c), at: nowIso(), grade, average } }
      : { ...current.data, status: "not-recognised" };
    const out = await change(c, current, expectedVersion, grade ? "recognise" : "not-recognise", next);
    await refreshInitiatives(c.var.store, c.var.units, schoolYear);
    c.var.invalidateScoreboards();
    return c.json(out, 200);
  });

  app.openapi(routes.tally, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(REVIEW, body.unitId);
    const year = parseSchoolYear(body.period);
    const p = year ? undefined : parsePeriod(body.period);
    if (!year && !p)
      throw reject.bad({
        vi: "năm học hoặc giai đoạn không đọc được (ví dụ 2019-2020 hoặc 2017-2021)",
        en: "unreadable school year or period (e.g. 2019-2020 or 2017-2021)",
      });
    const period = year ?? `${p!.from}-${p!.to}`;
    const tally: InitiativeTally = {
      period,
      unitId: body.unitId,
      submitted: body.submitted,
      recognised: body.recognised,
      ...(body.note ? { note: body.note } : {}),
    };
    const address = keys.tally(period, body.unitId);
    const current = await c.var.store.get<InitiativeTally>(address);
    await c.var.store.transact([
      current
        ? c.var.store.prepareUpdate(address, current, current.version, tally)
        : c.var.store.prepareCreate(address, "initiative-tally", tally),
      c.var.audit.prepare({
        action: "emulation.initiative.tally",
        unitId: body.unitId,
        target: `tally:${period}/${body.unitId}`,
        before: current?.data,
        after: tally,
      }),
    ]);
    await refreshInitiatives(c.var.store, c.var.units, period);
    c.var.invalidateScoreboards();
    return c.json({ ...tally, version: (current?.version ?? 0) + 1 }, 200);
  });

  app.openapi(routes.summary, async (c) => {
    const board = await c.var.store.get<{ rows: InitiativeRow[] }>(keys.initiativesBoard);
    return c.json({ rows: board?.data.rows ?? [] }, 200);
  });
}
