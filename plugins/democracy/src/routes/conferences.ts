import { formatDate, todayIso, ValidationError } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { attendanceProblems, quorumShortfallEn, quorumView } from "../attendance";
import { type ConferenceChange, writeConference } from "../conference-writes";
import { actor, type Ctx, json, nowIso, ok, readErrors, reject, unitOrReject, writeErrors } from "../http";
import { type Conference, type FollowUp, keys, kindLabels, type StoredFileRef } from "../model";
import type { Settings } from "../settings";
import {
  ConferenceParams,
  ConferenceSchema,
  CreateConferenceSchema,
  FollowUpSchema,
  ReopenSchema,
  UpdateConferenceSchema,
  VersionOnly,
} from "./conference-schemas";

const tags = ["Quy chế dân chủ"];
const HOLD = "democracy.hold";
const READ = "democracy.read";
const REVIEW = "democracy.review";
const one = ok(ConferenceSchema, "Hội nghị");

const action = <B extends z.ZodType>(path: string, permission: string, summary: string, body: B) =>
  guardedRoute(permission, {
    method: "post",
    path: `/conferences/{year}/{unitId}/${path}`,
    tags,
    summary,
    request: { params: ConferenceParams, body: json(body) },
    responses: { 200: one, ...writeErrors },
  });

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/conferences",
    tags,
    summary: "Các hội nghị của một năm học (trong phạm vi được xem)",
    request: {
      query: z.object({
        year: z.string().regex(/^\d{4}-\d{4}$/, "Năm học dạng 2023-2024"),
        cursor: z.string().optional(),
      }),
    },
    responses: {
      200: ok(z.object({ items: z.array(ConferenceSchema), cursor: z.string().optional() })),
      ...readErrors,
    },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/conferences/{year}/{unitId}",
    tags,
    summary: "Một hội nghị",
    request: { params: ConferenceParams },
    responses: { 200: one, ...readErrors },
  }),
  create: guardedRoute(HOLD, {
    method: "post",
    path: "/conferences/{year}/{unitId}",
    tags,
    summary: "Chuẩn bị hội nghị: ngày, địa điểm, chương trình, hình thức",
    request: { params: ConferenceParams, body: json(CreateConferenceSchema) },
    responses: { 201: one, ...writeErrors },
  }),
  update: guardedRoute(HOLD, {
    method: "patch",
    path: "/conferences/{year}/{unitId}",
    tags,
    summary: "Ghi diễn biến: điểm danh, văn bản thông qua, nghị quyết, ý kiến, biên bản",
    request: { params: ConferenceParams, body: json(UpdateConferenceSchema) },
    responses: { 200: one, ...writeErrors },
  }),
  close: action("close", HOLD, "Kết thúc và khoá hội nghị (kiểm tra số đại biểu)", VersionOnly),
  reopen: action("reopen", REVIEW, "Mở lại hội nghị đã khoá để sửa (ghi lý do)", ReopenSchema),
  followUp: action("follow-ups", REVIEW, "Kiểm tra thực hiện nghị quyết giữa năm / cuối năm", FollowUpSchema),
};

export function conferenceView(item: StoredItem<Conference>, settings: Settings) {
  const { attendance, preparation } = item.data;
  const quorum = attendance ? quorumView(attendance, preparation.format, settings) : undefined;
  return {
    ...item.data,
    version: item.version,
    // The tenant's rules, so the page can check the quorum live while the officer types.
    rules: {
      quorumNumerator: settings.quorumNumerator,
      quorumDenominator: settings.quorumDenominator,
      requireAbsenceReasons: settings.requireAbsenceReasons,
    },
    ...(quorum ? { quorum } : {}),
  };
}

/** Every file a conference refers to must exist in the module's file store; its stored facts win. */
export async function verifyFiles(c: Ctx, refs: (StoredFileRef | undefined | null)[], known: Set<string>) {
  for (const ref of refs) {
    if (!ref || known.has(ref.key)) continue;
    const found = await c.var.files.get(ref.key);
    if (!found)
      throw reject.bad({
        vi: `không tìm thấy tệp “${ref.fileName}”; hãy tải lên lại`,
        en: `the file “${ref.fileName}” was not found; upload it again`,
      });
    Object.assign(ref, found.file);
  }
}

function knownFiles(conf: Conference | undefined): Set<string> {
  if (!conf) return new Set();
  return new Set(
    [...conf.preparation.draftFiles, ...conf.documents.map((d) => d.file), conf.minutes]
      .filter((f): f is StoredFileRef => f !== undefined)
      .map((f) => f.key),
  );
}

export const locked = () =>
  reject.conflict({
    vi: "hội nghị đã kết thúc và bị khoá; muốn sửa phải mở lại (có lý do, được ghi nhật ký)",
    en: "the conference is closed and locked; reopen it (with a reason, audited) to correct it",
  });

/**
 * What every change to an existing conference shares: the caller holds the permission at that very
 * unit, then one audited write at the version the caller read; answers with the new view.
 */
export async function changeConference(
  c: Ctx,
  permission: string,
  { year, unitId }: { year: string; unitId: string },
  write: Omit<ConferenceChange, "year" | "unitId" | "expectedVersion"> & { expectedVersion: number },
) {
  await c.var.access.require(permission, unitId);
  const saved = await writeConference(c, { year, unitId, ...write });
  return conferenceView(saved, c.var.settings);
}

export function conferenceRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { year, cursor } = c.req.valid("query");
    const visible = await c.var.access.unitsWithin(READ);
    const page = await c.var.store.query<Conference>(keys.conferences(year), {
      limit: c.var.settings.pageSize,
      ...(cursor ? { cursor } : {}),
    });
    const items = page.items
      .filter((i) => visible.has(i.data.unitId))
      .map((i) => conferenceView(i, c.var.settings));
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const { year, unitId } = c.req.valid("param");
    await c.var.access.require(READ, unitId);
    const item = await c.var.store.get<Conference>(keys.conference(year, unitId));
    if (!item) throw reject.missing();
    return c.json(conferenceView(item, c.var.settings), 200);
  });

  app.openapi(routes.create, async (c) => {
    const { year, unitId } = c.req.valid("param");
    const body = c.req.valid("json");
    await c.var.access.require(HOLD, unitId);
    const unit = await unitOrReject(c, unitId);
    if (unit.status !== "active" || unit.mergedInto)
      throw reject.bad({
        vi: `“${unit.name}” đã đóng hoặc đã sáp nhập, không tổ chức hội nghị được`,
        en: `“${unit.name}” is closed or merged and holds no conference`,
      });
    await verifyFiles(c, body.preparation.draftFiles, new Set());
    const saved = await writeConference(c, {
      year,
      unitId,
      action: "democracy.conference.prepare",
      change: (_none, { campaign, row }) => {
        if (body.kind !== row.kind)
          throw reject.bad({
            vi: `“${unit.name}” tổ chức ${kindLabels[row.kind].vi}, không phải ${kindLabels[body.kind].vi}`,
            en: `“${unit.name}” holds the ${kindLabels[row.kind].en.toLowerCase()}, not the ${kindLabels[body.kind].en.toLowerCase()}`,
          });
        return {
          year,
          unitId,
          unitName: unit.name,
          scopeUnitId: campaign.scopeUnitId,
          kind: body.kind,
          status: "planned",
          preparation: body.preparation,
          documents: [],
          opinions: [],
          reopenings: [],
          followUps: {},
        };
      },
    });
    return c.json(conferenceView(saved, c.var.settings), 201);
  });

  app.openapi(routes.update, async (c) => {
    const body = c.req.valid("json");
    const view = await changeConference(c, HOLD, c.req.valid("param"), {
      expectedVersion: body.version,
      action: "democracy.conference.record",
      change: async (current) => {
        const conf = current!;
        if (conf.status === "closed") throw locked();
        await verifyFiles(
          c,
          [
            ...(body.preparation?.draftFiles ?? []),
            ...(body.documents ?? []).map((d) => d.file),
            body.minutes,
          ],
          knownFiles(conf),
        );
        const next: Conference = { ...conf };
        if (body.preparation) next.preparation = body.preparation;
        if (body.attendance) next.attendance = body.attendance;
        if (body.documents) next.documents = body.documents;
        if (body.resolution) next.resolution = body.resolution;
        if (body.opinions) next.opinions = body.opinions;
        if (body.minutes === null) delete next.minutes;
        else if (body.minutes) next.minutes = body.minutes;
        if (next.attendance) {
          const problems = attendanceProblems(next.attendance, next.preparation, c.var.settings);
          if (problems.length > 0)
            throw new ValidationError(problems.map(({ path, message }) => ({ path, message })));
        }
        return next;
      },
    });
    return c.json(view, 200);
  });

  app.openapi(routes.close, async (c) => {
    const body = c.req.valid("json");
    const settings = c.var.settings;
    const view = await changeConference(c, HOLD, c.req.valid("param"), {
      expectedVersion: body.version,
      action: "democracy.conference.close",
      change: (current) => {
        const conf = current!;
        if (conf.status === "closed") throw locked();
        if (conf.preparation.date > todayIso())
          throw reject.bad({
            vi: `hội nghị dự kiến ngày ${formatDate(conf.preparation.date)}, chưa diễn ra nên chưa kết thúc được`,
            en: `the conference is planned for ${formatDate(conf.preparation.date)}; it cannot close before it is held`,
          });
        if (!conf.attendance)
          throw reject.bad({
            vi: "chưa ghi điểm danh (số được triệu tập, có mặt, vắng)",
            en: "the attendance (invited, present, absent) is not recorded yet",
          });
        const problem = attendanceProblems(conf.attendance, conf.preparation, settings)[0];
        if (problem)
          throw reject.bad({
            vi: `điểm danh chưa đúng: ${problem.message}`,
            en: `the attendance is not right: ${problem.en}`,
          });
        const quorum = quorumView(conf.attendance, conf.preparation.format, settings);
        if (!quorum.met)
          throw reject.bad({
            vi: quorum.message,
            en: quorumShortfallEn(conf.attendance, conf.preparation.format, settings),
          });
        if (settings.requireMinutesToClose && !conf.minutes)
          throw reject.bad({ vi: "chưa tải lên biên bản hội nghị", en: "the minutes are not uploaded yet" });
        return { ...conf, status: "closed", closedAt: nowIso(), closedBy: actor(c) };
      },
    });
    return c.json(view, 200);
  });

  app.openapi(routes.reopen, async (c) => {
    const body = c.req.valid("json");
    const view = await changeConference(c, REVIEW, c.req.valid("param"), {
      expectedVersion: body.version,
      action: "democracy.conference.reopen",
      change: (current) => {
        const conf = current!;
        if (conf.status !== "closed")
          throw reject.conflict({
            vi: "hội nghị chưa khoá, không cần mở lại",
            en: "the conference is not locked; there is nothing to reopen",
          });
        return {
          ...conf,
          status: "reopened",
          reopenings: [...conf.reopenings, { at: nowIso(), by: actor(c), reason: body.reason }],
        };
      },
    });
    return c.json(view, 200);
  });

  app.openapi(routes.followUp, async (c) => {
    const body = c.req.valid("json");
    const view = await changeConference(c, REVIEW, c.req.valid("param"), {
      expectedVersion: body.version,
      allowClosedCampaign: true,
      action: `democracy.conference.follow-up.${body.stage}`,
      change: (current) => {
        const conf = current!;
        if (!conf.closedAt)
          throw reject.bad({
            vi: "hội nghị chưa kết thúc, chưa kiểm tra thực hiện nghị quyết được",
            en: "the conference is not closed yet; its resolution cannot be followed up",
          });
        const targets = new Set((conf.resolution?.targets ?? []).map((t) => t.id));
        const unknown = body.results.find((r) => !targets.has(r.targetId));
        if (unknown)
          throw reject.bad({
            vi: `nghị quyết không có chỉ tiêu “${unknown.targetId}”`,
            en: `the resolution has no target “${unknown.targetId}”`,
          });
        const check: FollowUp = {
          checkedAt: nowIso(),
          checkedBy: actor(c),
          results: body.results,
          ...(body.comment ? { comment: body.comment } : {}),
        };
        const followUps =
          body.stage === "mid-year"
            ? { ...conf.followUps, midYear: check }
            : { ...conf.followUps, yearEnd: check };
        return { ...conf, followUps };
      },
    });
    return c.json(view, 200);
  });
}
