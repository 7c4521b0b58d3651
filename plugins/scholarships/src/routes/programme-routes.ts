import { randomUUID } from "node:crypto";
import { fieldErrorsOf, nextSchoolYear, todayIso, ValidationError } from "@congdoan/core";
import { guardedRoute, z } from "@congdoan/plugin-sdk";
import {
  BadRequestError,
  ConflictError,
  districtOf,
  ForbiddenError,
  loadProgramme,
  loadTally,
  PERMISSION,
  readableProgramme,
  today,
} from "../context";
import { body, created, ok, Paging, ProgrammeParam, Version } from "../http";
import { keys } from "../keys";
import { emptyTally, type Fund, type Programme, ProgrammeInputSchema, ProgrammeUpdateSchema } from "../model";
import { expiryOf, sealPersonalData } from "../personal-data";
import { refusals } from "../refusals";
import type { App, Ctx } from "../settings";
import { districtQuota, unitQuota } from "../tally";

const TAG = ["Học bổng"];

const routes = {
  create: guardedRoute(PERMISSION.manage, {
    method: "post",
    path: "/programmes",
    tags: TAG,
    summary: "Tạo chương trình học bổng của một năm học",
    request: { body: body(ProgrammeInputSchema) },
    responses: created("Chương trình"),
  }),
  list: guardedRoute(PERMISSION.read, {
    method: "get",
    path: "/programmes",
    tags: TAG,
    summary: "Các chương trình học bổng, mới nhất trước, có phân trang",
    request: { query: Paging },
    responses: ok("Danh sách"),
  }),
  get: guardedRoute(PERMISSION.read, {
    method: "get",
    path: "/programmes/{programmeId}",
    tags: TAG,
    summary: "Một chương trình: loại, kinh phí, quỹ, số suất đã duyệt",
    request: { params: ProgrammeParam },
    responses: ok("Chương trình"),
  }),
  update: guardedRoute(PERMISSION.manage, {
    method: "patch",
    path: "/programmes/{programmeId}",
    tags: TAG,
    summary: "Sửa chương trình (kèm phiên bản để không ghi đè)",
    request: { params: ProgrammeParam, body: body(ProgrammeUpdateSchema) },
    responses: ok("Chương trình"),
  }),
  copy: guardedRoute(PERMISSION.manage, {
    method: "post",
    path: "/programmes/{programmeId}/copy",
    tags: TAG,
    summary: "Sao chép chương trình sang năm học sau (loại, mức, chỉ tiêu, tiêu chí, quỹ)",
    request: {
      params: ProgrammeParam,
      body: body(
        z.object({
          schoolYear: z
            .string()
            .regex(/^\d{4}-\d{4}$/)
            .optional(),
        }),
      ),
    },
    responses: created("Chương trình mới"),
  }),
  close: guardedRoute(PERMISSION.manage, {
    method: "post",
    path: "/programmes/{programmeId}/close",
    tags: TAG,
    summary: "Kết thúc chương trình (bắt đầu tính thời hạn lưu dữ liệu cá nhân)",
    request: { params: ProgrammeParam, body: body(z.object({ expectedVersion: Version })) },
    responses: ok("Chương trình"),
  }),
  quota: guardedRoute(PERMISSION.read, {
    method: "get",
    path: "/programmes/{programmeId}/units/{unitId}/quota",
    tags: TAG,
    summary: "Chỉ tiêu của một CĐCS: số suất, đã đề cử, đã duyệt",
    request: { params: ProgrammeParam.extend({ unitId: z.string().min(1).max(64) }) },
    responses: ok("Chỉ tiêu"),
  }),
};

const view = (item: { data: Programme; version: number }) => ({ ...item.data, version: item.version });

async function checkOwner(c: Ctx, ownerUnitId: string) {
  const unit = await c.var.units.get(ownerUnitId);
  if (!unit) throw new BadRequestError(refusals.ownerUnitUnknown);
  await c.var.access.require(PERMISSION.manage, ownerUnitId);
}

async function createProgramme(c: Ctx, data: Programme, funds: Omit<Fund, "id" | "programmeId">[] = []) {
  const { store, audit } = c.var;
  await store.transact([
    store.prepareCreate(keys.programme(data.id), "programme", data),
    store.prepareCreate(keys.tally(data.id), "tally", emptyTally(data)),
    ...funds.map((f) => {
      const fund: Fund = { ...f, id: randomUUID().slice(0, 8), programmeId: data.id, committed: 0, paid: 0 };
      return store.prepareCreate(keys.fund(data.id, fund.id), "fund", fund);
    }),
    audit.prepare({
      action: "scholarships.programme.create",
      unitId: data.ownerUnitId,
      target: `programme:${data.id}`,
      after: data,
    }),
  ]);
}

export function programmeRoutes(app: App) {
  app.openapi(routes.create, async (c) => {
    const input = c.req.valid("json");
    await checkOwner(c, input.ownerUnitId);
    const data: Programme = {
      ...input,
      id: `${input.schoolYear}-${randomUUID().slice(0, 6)}`,
      status: "open",
    };
    await createProgramme(c, data);
    return c.json(view({ data, version: 1 }), 201);
  });

  app.openapi(routes.list, async (c) => {
    const { cursor, limit } = c.req.valid("query");
    const page = await c.var.store.query<Programme>(keys.programmes, {
      reverse: true,
      limit: limit ?? 50,
      ...(cursor ? { cursor } : {}),
    });
    return c.json({ items: page.items.map(view), ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const programme = await readableProgramme(c, c.req.valid("param").programmeId);
    const [tally, funds] = await Promise.all([
      loadTally(c, programme.data),
      c.var.store.queryAll<Fund>(keys.funds(programme.data.id)),
    ]);
    const t = tally.data;
    return c.json(
      {
        ...view(programme),
        funds: funds.map((f) => ({
          ...f.data,
          available: f.data.total - f.data.committed,
          version: f.version,
        })),
        totals: {
          budget: programme.data.budget,
          committed: t.committed,
          remaining: programme.data.budget - t.committed,
          awarded: t.awarded,
          paid: t.paid,
          byCategory: t.byCategory,
          nominations: Object.values(t.nominatedByUnit).reduce((s, n) => s + n, 0),
        },
        privacy: {
          retentionMonths: c.var.settings.retentionMonths,
          personalDataExpiresOn: programme.data.personalDataExpiresAt
            ? todayIso(new Date(programme.data.personalDataExpiresAt * 1000))
            : null,
          erasedOn: programme.data.erasedOn ?? null,
        },
      },
      200,
    );
  });

  app.openapi(routes.update, async (c) => {
    const { programmeId } = c.req.valid("param");
    const { expectedVersion, ...parsedChanges } = c.req.valid("json");
    // Only the fields the caller sent: the schema's defaults must not overwrite stored values.
    const sent = new Set(Object.keys((await c.req.json()) as object));
    const changes = Object.fromEntries(
      Object.entries(parsedChanges).filter(([k]) => sent.has(k)),
    ) as Partial<Programme>;
    const current = await loadProgramme(c, programmeId);
    await c.var.access.require(PERMISSION.manage, current.data.ownerUnitId);
    if (changes.ownerUnitId && changes.ownerUnitId !== current.data.ownerUnitId) {
      await checkOwner(c, changes.ownerUnitId);
    }
    const next: Programme = { ...current.data, ...changes };
    const parsed = ProgrammeInputSchema.safeParse(next);
    // Checked again as a whole (weights, window order…), with each message next to its field.
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error, c.var.locale));
    const tally = await loadTally(c, current.data);
    if (next.budget < tally.data.committed) {
      throw new ConflictError(refusals.budgetBelowCommitted);
    }
    const { store, audit } = c.var;
    await store.transact([
      store.prepareUpdate(keys.programme(programmeId), current, expectedVersion, next),
      audit.prepare({
        action: "scholarships.programme.update",
        unitId: next.ownerUnitId,
        target: `programme:${programmeId}`,
        before: current.data,
        after: next,
      }),
    ]);
    return c.json(view({ data: next, version: expectedVersion + 1 }), 200);
  });

  app.openapi(routes.copy, async (c) => {
    const source = await loadProgramme(c, c.req.valid("param").programmeId);
    await c.var.access.require(PERMISSION.manage, source.data.ownerUnitId);
    const schoolYear = c.req.valid("json").schoolYear ?? nextSchoolYear(source.data.schoolYear);
    const shift = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    const {
      closedOn: _closed,
      erasedOn: _erased,
      copiedFrom: _from,
      personalDataExpiresAt: _expires,
      ...rest
    } = source.data;
    const data: Programme = {
      ...rest,
      id: `${schoolYear}-${randomUUID().slice(0, 6)}`,
      name: source.data.name
        .replace(source.data.schoolYear, schoolYear)
        .replace(source.data.schoolYear.replace("-", "–"), schoolYear.replace("-", "–")),
      schoolYear,
      status: "open",
      window: { opensOn: shift(source.data.window.opensOn), closesOn: shift(source.data.window.closesOn) },
      copiedFrom: source.data.id,
    };
    const funds = await c.var.store.queryAll<Fund>(keys.funds(source.data.id));
    await createProgramme(
      c,
      data,
      funds.map((f) => ({
        name: f.data.name,
        total: f.data.total,
        committed: 0,
        paid: 0,
        ...(f.data.sponsor ? { sponsor: f.data.sponsor } : {}),
      })),
    );
    return c.json(view({ data, version: 1 }), 201);
  });

  app.openapi(routes.close, async (c) => {
    const current = await loadProgramme(c, c.req.valid("param").programmeId);
    await c.var.access.require(PERMISSION.manage, current.data.ownerUnitId);
    if (current.data.status === "closed") throw new ConflictError(refusals.programmeClosed);
    const next: Programme = {
      ...current.data,
      status: "closed",
      closedOn: today(),
      personalDataExpiresAt: expiryOf(Date.now(), c.var.settings.retentionMonths),
    };
    const { store, audit } = c.var;
    await store.transact([
      store.prepareUpdate(keys.programme(next.id), current, c.req.valid("json").expectedVersion, next),
      audit.prepare({
        action: "scholarships.programme.close",
        unitId: next.ownerUnitId,
        target: `programme:${next.id}`,
        before: { status: current.data.status },
        after: {
          status: "closed",
          closedOn: next.closedOn,
          personalDataExpiresAt: next.personalDataExpiresAt,
        },
      }),
    ]);
    const sealed = await sealPersonalData(c, next);
    return c.json({ ...view({ data: next, version: current.version + 1 }), sealed }, 200);
  });

  app.openapi(routes.quota, async (c) => {
    const { programmeId, unitId } = c.req.valid("param");
    const programme = await loadProgramme(c, programmeId);
    const allowed =
      (await c.var.access.can(PERMISSION.nominate, unitId)) ||
      (await c.var.access.can(PERMISSION.decide, programme.data.ownerUnitId));
    if (!allowed) throw new ForbiddenError();
    const tally = (await loadTally(c, programme.data)).data;
    const districtId = await districtOf(c.var.units, unitId);
    return c.json(
      {
        unitId,
        quota: unitQuota(programme.data, unitId) ?? null,
        nominated: tally.nominatedByUnit[unitId] ?? 0,
        approved: tally.byUnit[unitId] ?? 0,
        districtId,
        districtQuota: districtQuota(programme.data, districtId) ?? null,
        districtApproved: tally.byDistrict[districtId]?.count ?? 0,
      },
      200,
    );
  });
}
