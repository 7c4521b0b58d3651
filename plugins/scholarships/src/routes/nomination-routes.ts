import { randomUUID } from "node:crypto";
import type { StoredItem } from "@congdoan/db";
import { guardedRoute, visiblePage, z } from "@congdoan/plugin-sdk";
import {
  BadRequestError,
  ConflictError,
  canSeeChild,
  districtOf,
  ForbiddenError,
  loadProgramme,
  loadTally,
  PERMISSION,
  privateNomination,
  requireOpen,
  schoolYearStart,
  today,
  username,
  withRetry,
} from "../context";
import { type Screening, screenInBothLanguages } from "../eligibility";
import { evidenceOf } from "../evidence";
import { body, created, NominationParam, ok, Paging, ProgrammeParam } from "../http";
import { keys } from "../keys";
import {
  type Nomination,
  type NominationInput,
  NominationInputSchema,
  nominationStatuses,
  type Programme,
  type Tally,
} from "../model";
import { withPersonalData } from "../personal-data";
import { childFingerprint, pseudonymOf } from "../privacy";
import { refusals } from "../refusals";
import type { App, Ctx } from "../settings";
import { withNomination } from "../tally";

const TAG = ["Học bổng"];

const routes = {
  screen: guardedRoute(PERMISSION.nominate, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/screen",
    tags: TAG,
    summary: "Kiểm tra điều kiện trước khi đề cử (không ghi gì), kèm lý do",
    request: { params: ProgrammeParam, body: body(NominationInputSchema) },
    responses: ok("Kết quả xét điều kiện"),
  }),
  create: guardedRoute(PERMISSION.nominate, {
    method: "post",
    path: "/programmes/{programmeId}/nominations",
    tags: TAG,
    summary: "Đề cử con của một đoàn viên trong CĐCS",
    request: { params: ProgrammeParam, body: body(NominationInputSchema) },
    responses: created("Hồ sơ đề cử"),
  }),
  list: guardedRoute(PERMISSION.nominate, {
    method: "get",
    path: "/programmes/{programmeId}/nominations",
    tags: TAG,
    summary: "Hồ sơ đề cử: của một CĐCS (cán bộ CĐCS) hoặc tất cả (liên đoàn), có phân trang",
    request: {
      params: ProgrammeParam,
      query: Paging.extend({
        unitId: z.string().min(1).max(64).optional(),
        status: z.enum(nominationStatuses).optional(),
      }),
    },
    responses: ok("Danh sách"),
  }),
  get: guardedRoute(PERMISSION.nominate, {
    method: "get",
    path: "/programmes/{programmeId}/nominations/{nominationId}",
    tags: TAG,
    summary: "Một hồ sơ đề cử (chỉ CĐCS đề cử và liên đoàn xét duyệt xem được)",
    request: { params: NominationParam },
    responses: ok("Hồ sơ"),
  }),
  myUnits: guardedRoute(PERMISSION.nominate, {
    method: "get",
    path: "/my-units",
    tags: TAG,
    summary: "Các đơn vị người dùng được đề cử (nơi được giao vai trò)",
    responses: ok("Đơn vị"),
  }),
  members: guardedRoute(PERMISSION.nominate, {
    method: "get",
    path: "/units/{unitId}/members",
    tags: TAG,
    summary: "Đoàn viên đang sinh hoạt của một CĐCS, để chọn cha/mẹ khi đề cử",
    request: { params: z.object({ unitId: z.string().min(1).max(64) }) },
    responses: ok("Đoàn viên"),
  }),
};

export function nominationView(item: StoredItem<Nomination>) {
  return { ...item.data, version: item.version };
}

/** The screening with its reasons in both languages: the refusal speaks the caller's, the file keeps Vietnamese. */
async function screening(c: Ctx, programme: Programme, input: NominationInput) {
  const owner = programme.ownerUnitId;
  const unit = await c.var.units.get(input.unitId);
  const inScope =
    !!unit && (input.unitId === owner || (await c.var.units.ancestors(input.unitId)).includes(owner));
  const member = await c.var.members.get(input.memberId);
  return screenInBothLanguages({
    programme,
    category: input.category,
    child: input.child,
    member,
    unitId: input.unitId,
    unitInScope: inScope,
    schoolYearStart: schoolYearStart(c, programme.schoolYear),
  });
}

/** The dry run's answer and the stored file keep the Vietnamese reasons (the nomination form shows them). */
function vietnamese(s: ReturnType<typeof screenInBothLanguages>): Screening {
  return { eligible: s.eligible, reasons: s.reasons.map((r) => r.vi) };
}

function checkWindow(programme: Programme) {
  requireOpen(programme);
  const day = today();
  if (day < programme.window.opensOn || day > programme.window.closesOn) {
    throw new ConflictError(refusals.outsideWindow(programme.window.opensOn, programme.window.closesOn));
  }
}

export function nominationRoutes(app: App) {
  app.openapi(routes.screen, async (c) => {
    const input = c.req.valid("json");
    await c.var.access.require(PERMISSION.nominate, input.unitId);
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    return c.json({ ...vietnamese(await screening(c, programme, input)) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const input = c.req.valid("json");
    await c.var.access.require(PERMISSION.nominate, input.unitId);
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    checkWindow(programme);
    const screened = await screening(c, programme, input);
    if (!screened.eligible) throw new BadRequestError(refusals.notEligible(screened.reasons));
    const evidence = await evidenceOf(c.var.files, input.evidenceKeys);
    if (evidence.length !== input.evidenceKeys.length) throw new BadRequestError(refusals.unknownEvidence);
    const result = vietnamese(screened);
    const { store, audit } = c.var;
    const fingerprint = childFingerprint(
      c.var.tenant.id,
      programme.id,
      input.child.fullName,
      input.child.dateOfBirth,
    );
    const duplicate = () => new ConflictError(refusals.duplicateChild);
    if (await store.get(keys.child(programme.id, fingerprint))) throw duplicate();
    const member = await c.var.members.get(input.memberId);
    const sequence = await store.increment(keys.sequence(programme.id));
    const nomination: Nomination = {
      id: randomUUID().slice(0, 12),
      programmeId: programme.id,
      unitId: input.unitId,
      districtId: await districtOf(c.var.units, input.unitId),
      memberId: input.memberId,
      category: input.category,
      schoolLevel: input.child.schoolLevel,
      pseudonym: pseudonymOf(sequence),
      child: input.child,
      parentName: member?.fullName ?? null,
      evidenceKeys: input.evidenceKeys,
      eligibility: result,
      status: "submitted",
      review: { assigned: [], totals: {}, completed: 0 },
      amount: programme.categories.find((x) => x.code === input.category)!.amount,
      nominatedBy: username(c),
    };
    await withRetry(async () => {
      const tally = await loadTally(c, programme);
      try {
        await store.transact([
          store.prepareCreate(keys.child(programme.id, fingerprint), "child-guard", {
            nominationId: nomination.id,
          }),
          store.prepareCreate(keys.nomination(programme.id, nomination.id), "nomination", nomination, {
            gsi1: keys.nominationIndex(programme.id, nomination.unitId, nomination.id),
          }),
          store.prepareUpdate<Tally>(
            keys.tally(programme.id),
            tally,
            tally.version,
            withNomination(tally.data, nomination.unitId, 1),
          ),
          audit.prepare({
            action: "scholarships.nomination.create",
            unitId: nomination.unitId,
            target: `nomination:${nomination.id}`,
            // No personal data in the audit trail: it outlives the retention period.
            after: {
              pseudonym: nomination.pseudonym,
              category: nomination.category,
              unitId: nomination.unitId,
            },
          }),
        ]);
      } catch (error) {
        if (error instanceof ConflictError) throw duplicate();
        throw error;
      }
    });
    c.var.invalidateScoreboards();
    return c.json({ ...nomination, version: 1 }, 201);
  });

  app.openapi(routes.list, async (c) => {
    const { programmeId } = c.req.valid("param");
    const { unitId, status, cursor, limit } = c.req.valid("query");
    const programme = (await loadProgramme(c, programmeId)).data;
    const { store } = c.var;
    if (unitId) {
      if (!(await canSeeChild(c, programme, unitId))) throw new ForbiddenError();
    } else {
      await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    }
    const page = await visiblePage(
      (pageCursor, pageLimit) =>
        unitId
          ? store.query<Nomination>(keys.nominationsOfUnit(programmeId, unitId), {
              index: "gsi1",
              limit: pageLimit,
              ...(pageCursor ? { cursor: pageCursor } : {}),
            })
          : store.query<Nomination>(keys.nominations(programmeId), {
              limit: pageLimit,
              ...(pageCursor ? { cursor: pageCursor } : {}),
            }),
      (n) => !status || n.data.status === status,
      limit ?? 50,
      cursor,
    );
    const items = (await withPersonalData(store, programme, page.items)).map(nominationView);
    return c.json({ items, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = (await loadProgramme(c, programmeId)).data;
    const item = await privateNomination(c, programme, nominationId);
    const [shown] = await withPersonalData(c.var.store, programme, [item]);
    const evidence = await evidenceOf(c.var.files, shown!.data.evidenceKeys);
    return c.json({ ...nominationView(shown!), evidence }, 200);
  });

  app.openapi(routes.myUnits, async (c) => {
    const items = [];
    for (const id of c.var.access.scopes(PERMISSION.nominate)) {
      const unit = await c.var.units.get(id);
      if (unit) items.push({ id, name: unit.name, kind: unit.kind });
    }
    return c.json({ items }, 200);
  });

  app.openapi(routes.members, async (c) => {
    const { unitId } = c.req.valid("param");
    await c.var.access.require(PERMISSION.nominate, unitId);
    const members = (await c.var.members.ofUnit(unitId))
      .filter((m) => m.status === "active")
      .map((m) => ({ id: m.id, fullName: m.fullName }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, "vi"));
    return c.json({ items: members }, 200);
  });
}
