import type { StoredItem } from "@congdoan/db";
import { guardedRoute, z } from "@congdoan/plugin-sdk";
import {
  BadRequestError,
  ConflictError,
  loadNomination,
  loadProgramme,
  NotFoundError,
  PERMISSION,
  requireOpen,
  today,
  username,
  withRetry,
} from "../context";
import { body, NominationParam, ok, ProgrammeParam } from "../http";
import { keys } from "../keys";
import {
  type BlindFile,
  categoryCodes,
  type Nomination,
  type Panel,
  type Programme,
  type Review,
  type ReviewerEntry,
} from "../model";
import { reviewAsShown, withPersonalData } from "../personal-data";
import { redactNames } from "../privacy";
import { averageOf, rank, weightedTotal } from "../ranking";
import { refusals } from "../refusals";
import type { App, Ctx } from "../settings";
import { say } from "../zod-text";

const TAG = ["Học bổng"];

const routes = {
  join: guardedRoute(PERMISSION.review, {
    method: "post",
    path: "/programmes/{programmeId}/panel/join",
    tags: TAG,
    summary: "Cán bộ thẩm định tham gia hội đồng xét của chương trình",
    request: { params: ProgrammeParam },
    responses: ok("Hội đồng"),
  }),
  panel: guardedRoute(PERMISSION.decide, {
    method: "get",
    path: "/programmes/{programmeId}/panel",
    tags: TAG,
    summary: "Hội đồng xét và tiến độ chấm của từng người",
    request: { params: ProgrammeParam },
    responses: ok("Tiến độ"),
  }),
  assignAll: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/assignments",
    tags: TAG,
    summary: "Phân công chấm tự động: cân bằng số hồ sơ, không chấm hồ sơ của chính đơn vị mình",
    request: { params: ProgrammeParam },
    responses: ok("Kết quả phân công"),
  }),
  assignOne: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/assign",
    tags: TAG,
    summary: "Phân công một cán bộ chấm một hồ sơ",
    request: { params: NominationParam, body: body(z.object({ reviewer: z.string().min(1).max(100) })) },
    responses: ok("Đã phân công"),
  }),
  mine: guardedRoute(PERMISSION.review, {
    method: "get",
    path: "/programmes/{programmeId}/my-reviews",
    tags: TAG,
    summary: "Hồ sơ được giao chấm (ẩn danh: không tên, không ngày sinh, không trường)",
    request: { params: ProgrammeParam },
    responses: ok("Hồ sơ ẩn danh"),
  }),
  score: guardedRoute(PERMISSION.review, {
    method: "put",
    path: "/programmes/{programmeId}/my-reviews/{nominationId}",
    tags: TAG,
    summary: "Chấm một hồ sơ theo các tiêu chí",
    request: {
      params: NominationParam,
      body: body(
        z.object({
          scores: z.record(
            z.string(),
            z.number().min(0, say({ vi: "Điểm không được âm", en: "A score cannot be negative" })),
          ),
          comment: z.string().max(2000).optional(),
        }),
      ),
    },
    responses: ok("Đã chấm"),
  }),
  ranking: guardedRoute(PERMISSION.decide, {
    method: "get",
    path: "/programmes/{programmeId}/ranking",
    tags: TAG,
    summary: "Xếp hạng theo loại, theo điểm trung bình các lượt chấm đã xong",
    request: { params: ProgrammeParam, query: z.object({ category: z.enum(categoryCodes) }) },
    responses: ok("Xếp hạng"),
  }),
};

export function blindFile(n: Nomination): BlindFile | null {
  if (!n.child) return null;
  const names = [n.child.fullName, n.parentName];
  return {
    pseudonym: n.pseudonym,
    category: n.category,
    schoolLevel: n.schoolLevel,
    grade: n.child.grade,
    ...(n.child.average !== undefined ? { average: n.child.average } : {}),
    achievements: redactNames(n.child.achievements, names),
    hardship: redactNames(n.child.hardship, names),
    evidenceCount: n.evidenceKeys.length,
  };
}

export async function loadPanel(c: Ctx, programmeId: string): Promise<StoredItem<Panel> | undefined> {
  return c.var.store.get<Panel>(keys.panel(programmeId));
}

export function conflicted(reviewer: Pick<ReviewerEntry, "unitIds">, nomination: Pick<Nomination, "unitId">) {
  return reviewer.unitIds.includes(nomination.unitId);
}
export const conflictError = () => new ConflictError(refusals.conflictOfInterest);

/** Only files not yet decided are scored, so only they are assigned or unassigned. */
export const stillUnderReview = (n: Pick<Nomination, "status">) =>
  n.status === "submitted" || n.status === "waiting";
export const decidedError = () => new ConflictError(refusals.decidedNoAssignment);

export async function assign(c: Ctx, programme: Programme, nominationId: string, reviewer: string) {
  requireOpen(programme);
  const { store, audit } = c.var;
  await withRetry(async () => {
    const n = await loadNomination(c, programme.id, nominationId);
    if (n.data.review.assigned.includes(reviewer)) return;
    const next: Nomination = {
      ...n.data,
      review: { ...n.data.review, assigned: [...n.data.review.assigned, reviewer] },
    };
    const review: Review = { nominationId, reviewer, file: blindFile(n.data) };
    await store.transact([
      store.prepareUpdate(keys.nomination(programme.id, nominationId), n, n.version, next, {
        gsi1: keys.nominationIndex(programme.id, n.data.unitId, nominationId),
      }),
      store.prepareCreate(keys.review(programme.id, reviewer, nominationId), "review", review),
      audit.prepare({
        action: "scholarships.review.assign",
        unitId: n.data.unitId,
        target: `nomination:${nominationId}`,
        after: { reviewer, pseudonym: n.data.pseudonym },
      }),
    ]);
  });
}

export function reviewRoutes(app: App) {
  app.openapi(routes.join, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    const user = c.var.user!;
    // Reviewers of the owner's tree (or above it) may join.
    const reach = c.var.access.scopes(PERMISSION.review);
    const ownerChain = [...(await c.var.units.ancestors(programme.ownerUnitId)), programme.ownerUnitId];
    let inside = reach.some((s) => ownerChain.includes(s));
    for (const s of reach) inside ||= (await c.var.units.ancestors(s)).includes(programme.ownerUnitId);
    if (!inside) throw new NotFoundError();
    const entry: ReviewerEntry = {
      username: user.username,
      unitIds: [...new Set(user.grants.map((g) => g.unitId))],
      joinedOn: today(),
    };
    const { store, audit } = c.var;
    await withRetry(async () => {
      const panel = await loadPanel(c, programme.id);
      const reviewers = [
        ...(panel?.data.reviewers ?? []).filter((r) => r.username !== entry.username),
        entry,
      ];
      await store.transact([
        panel
          ? store.prepareUpdate(keys.panel(programme.id), panel, panel.version, { reviewers })
          : store.prepareCreate(keys.panel(programme.id), "panel", { reviewers }),
        audit.prepare({
          action: "scholarships.panel.join",
          unitId: programme.ownerUnitId,
          target: `programme:${programme.id}`,
          after: { reviewer: entry.username },
        }),
      ]);
    });
    return c.json({ ...entry }, 200);
  });

  app.openapi(routes.panel, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const panel = (await loadPanel(c, programme.id))?.data.reviewers ?? [];
    const nominations = await c.var.store.queryAll<Nomination>(keys.nominations(programme.id));
    const progress = panel.map((r) => {
      const mine = nominations.filter((n) => n.data.review.assigned.includes(r.username));
      const done = mine.filter((n) => n.data.review.totals[r.username] !== undefined).length;
      return {
        username: r.username,
        unitIds: r.unitIds,
        assigned: mine.length,
        completed: done,
        remaining: mine.length - done,
      };
    });
    // The deciders may see the child's name (they see the whole file anyway); reviewers never reach this.
    const shown = await withPersonalData(c.var.store, programme, nominations);
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    const files = shown.map(({ data: n }) => ({
      nominationId: n.id,
      pseudonym: n.pseudonym,
      childName: n.child?.fullName ?? null,
      unitId: n.unitId,
      unitName: names.get(n.unitId) ?? n.unitId,
      category: n.category,
      status: n.status,
      required: programme.reviewersPerNomination,
      assigned: n.review.assigned.length,
      completed: n.review.completed,
      average: n.review.average ?? null,
    }));
    return c.json(
      {
        reviewers: progress,
        reviewersPerNomination: programme.reviewersPerNomination,
        nominations: files,
        totals: {
          nominations: files.length,
          fullyReviewed: files.filter((f) => f.completed >= f.required).length,
          unassigned: files.filter((f) => f.assigned < f.required).length,
        },
      },
      200,
    );
  });

  app.openapi(routes.assignAll, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const panel = (await loadPanel(c, programme.id))?.data.reviewers ?? [];
    if (panel.length === 0) throw new ConflictError(refusals.emptyPanel);
    const nominations = (await c.var.store.queryAll<Nomination>(keys.nominations(programme.id))).map(
      (i) => i.data,
    );
    const load = new Map(panel.map((r) => [r.username, 0]));
    for (const n of nominations) for (const r of n.review.assigned) load.set(r, (load.get(r) ?? 0) + 1);
    let made = 0;
    const short: string[] = [];
    for (const n of nominations.filter((x) => x.status === "submitted" || x.status === "waiting")) {
      const need = programme.reviewersPerNomination - n.review.assigned.length;
      if (need <= 0) continue;
      const picks = panel
        .filter((r) => !n.review.assigned.includes(r.username) && !conflicted(r, n))
        .sort((a, b) => load.get(a.username)! - load.get(b.username)! || a.username.localeCompare(b.username))
        .slice(0, need);
      for (const r of picks) {
        await assign(c, programme, n.id, r.username);
        load.set(r.username, load.get(r.username)! + 1);
        made++;
      }
      if (picks.length < need) short.push(n.pseudonym);
    }
    return c.json({ assignments: made, notEnoughReviewers: short }, 200);
  });

  app.openapi(routes.assignOne, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = (await loadProgramme(c, programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const reviewer = c.req.valid("json").reviewer;
    const entry = (await loadPanel(c, programmeId))?.data.reviewers.find((r) => r.username === reviewer);
    if (!entry) throw new BadRequestError(refusals.notOnPanel);
    const n = await loadNomination(c, programmeId, nominationId);
    if (conflicted(entry, n.data)) throw conflictError();
    if (!stillUnderReview(n.data)) throw decidedError();
    await assign(c, programme, nominationId, reviewer);
    return c.json({ nominationId, reviewer }, 200);
  });

  app.openapi(routes.mine, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    const items = await c.var.store.queryAll<Review>(keys.reviews(programme.id, username(c)));
    return c.json(
      {
        rubric: programme.rubric,
        items: items
          .map(({ data }) => reviewAsShown(programme, data))
          .map((i) => ({
            nominationId: i.nominationId,
            file: i.file,
            scores: i.scores ?? null,
            total: i.total ?? null,
            comment: i.comment ?? null,
            completedAt: i.completedAt ?? null,
          })),
      },
      200,
    );
  });

  app.openapi(routes.score, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const { scores, comment } = c.req.valid("json");
    const programme = (await loadProgramme(c, programmeId)).data;
    requireOpen(programme);
    const me = username(c);
    for (const criterion of programme.rubric) {
      const value = scores[criterion.key];
      if (value === undefined) throw new BadRequestError(refusals.missingScore(criterion.label));
      if (value > criterion.max) {
        throw new BadRequestError(refusals.scoreAboveMax(criterion.label, criterion.max));
      }
    }
    const unknown = Object.keys(scores).filter((k) => !programme.rubric.some((r) => r.key === k));
    if (unknown.length > 0) throw new BadRequestError(refusals.unknownCriteria(unknown));
    const total = weightedTotal(programme.rubric, scores);
    const { store, audit } = c.var;
    await withRetry(async () => {
      const review = await store.get<Review>(keys.review(programmeId, me, nominationId));
      if (!review) throw new NotFoundError();
      const n = await loadNomination(c, programmeId, nominationId);
      const myUnits = new Set(c.var.user!.grants.map((g) => g.unitId));
      if (myUnits.has(n.data.unitId)) throw conflictError();
      if (n.data.status !== "submitted" && n.data.status !== "waiting") {
        throw new ConflictError(refusals.decidedNoScoring);
      }
      const totals = { ...n.data.review.totals, [me]: total };
      const next: Nomination = {
        ...n.data,
        review: {
          ...n.data.review,
          totals,
          completed: Object.keys(totals).length,
          ...{ average: averageOf(Object.values(totals).map((t) => ({ total: t })))! },
        },
      };
      const scored: Review = {
        ...review.data,
        scores,
        total,
        completedAt: new Date().toISOString(),
        ...(comment ? { comment } : {}),
      };
      await store.transact([
        store.prepareUpdate(keys.review(programmeId, me, nominationId), review, review.version, scored),
        store.prepareUpdate(keys.nomination(programmeId, nominationId), n, n.version, next, {
          gsi1: keys.nominationIndex(programmeId, n.data.unitId, nominationId),
        }),
        audit.prepare({
          action: "scholarships.review.score",
          unitId: n.data.unitId,
          target: `nomination:${nominationId}`,
          after: { reviewer: me, pseudonym: n.data.pseudonym, total },
        }),
      ]);
    });
    return c.json({ nominationId, total }, 200);
  });

  app.openapi(routes.ranking, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const { category } = c.req.valid("query");
    const nominations = (await c.var.store.queryAll<Nomination>(keys.nominations(programme.id))).map(
      (i) => i.data,
    );
    const ranked = rank(nominations, category).map((n, i) => ({
      rank: i + 1,
      nominationId: n.id,
      pseudonym: n.pseudonym,
      unitId: n.unitId,
      districtId: n.districtId,
      status: n.status,
      average: n.review.average,
      completed: n.review.completed,
      assigned: n.review.assigned.length,
      amount: n.amount,
    }));
    const unreviewed = nominations.filter(
      (n) => n.category === category && n.status === "submitted" && n.review.average === undefined,
    ).length;
    return c.json({ category, items: ranked, unreviewed }, 200);
  });
}
