import { guardedRoute, z } from "@congdoan/plugin-sdk";
import {
  BadRequestError,
  ConflictError,
  loadNomination,
  loadProgramme,
  PERMISSION,
  requireOpen,
  withRetry,
} from "../context";
import { body, NominationParam, ok } from "../http";
import { keys } from "../keys";
import type { Nomination, Review } from "../model";
import { refusals } from "../refusals";
import type { App } from "../settings";
import { conflicted, decidedError, loadPanel, stillUnderReview } from "./review-routes";

/**
 * Manual assignment of one file (the balanced automatic one is `POST …/assignments`): who scores
 * it, who on the panel could (with their load and any conflict of interest), and taking a reviewer
 * off a file they have not scored yet. Deciders of the programme only; the file shows its code and
 * unit, never the child's name.
 */
const TAG = ["Học bổng"];
const routes = {
  view: guardedRoute(PERMISSION.decide, {
    method: "get",
    path: "/programmes/{programmeId}/nominations/{nominationId}/assignments",
    tags: TAG,
    summary: "Phân công chấm của một hồ sơ: người đang chấm, người có thể giao (tải, xung đột lợi ích)",
    request: { params: NominationParam },
    responses: ok("Phân công"),
  }),
  unassign: guardedRoute(PERMISSION.decide, {
    method: "post",
    path: "/programmes/{programmeId}/nominations/{nominationId}/unassign",
    tags: TAG,
    summary: "Rút một cán bộ thẩm định khỏi hồ sơ (chỉ khi người đó chưa chấm)",
    request: { params: NominationParam, body: body(z.object({ reviewer: z.string().min(1).max(100) })) },
    responses: ok("Đã rút"),
  }),
};

export function assignmentRoutes(app: App) {
  app.openapi(routes.view, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = (await loadProgramme(c, programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const n = (await loadNomination(c, programmeId, nominationId)).data;
    const panel = (await loadPanel(c, programmeId))?.data.reviewers ?? [];
    const all = (await c.var.store.queryAll<Nomination>(keys.nominations(programmeId))).map((i) => i.data);
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    const open = programme.status === "open" && stillUnderReview(n);
    const onPanel = new Set(panel.map((r) => r.username));
    return c.json(
      {
        nominationId: n.id,
        pseudonym: n.pseudonym,
        unitId: n.unitId,
        unitName: names.get(n.unitId) ?? n.unitId,
        category: n.category,
        status: n.status,
        required: programme.reviewersPerNomination,
        open,
        assigned: n.review.assigned.map((username) => {
          const total = n.review.totals[username];
          return {
            username,
            completed: total !== undefined,
            total: total ?? null,
            onPanel: onPanel.has(username),
            removable: open && total === undefined,
          };
        }),
        panel: panel
          .map((r) => {
            const mine = all.filter((x) => x.review.assigned.includes(r.username));
            return {
              username: r.username,
              unitNames: r.unitIds.map((id) => names.get(id) ?? id),
              load: mine.length,
              completed: mine.filter((x) => x.review.totals[r.username] !== undefined).length,
              assigned: n.review.assigned.includes(r.username),
              conflict: conflicted(r, n),
            };
          })
          .sort((a, b) => a.load - b.load || a.username.localeCompare(b.username)),
      },
      200,
    );
  });

  app.openapi(routes.unassign, async (c) => {
    const { programmeId, nominationId } = c.req.valid("param");
    const programme = (await loadProgramme(c, programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    requireOpen(programme);
    const { reviewer } = c.req.valid("json");
    const { store, audit } = c.var;
    await withRetry(async () => {
      const n = await loadNomination(c, programmeId, nominationId);
      if (!n.data.review.assigned.includes(reviewer)) {
        throw new BadRequestError(refusals.notAssigned);
      }
      if (n.data.review.totals[reviewer] !== undefined) {
        throw new ConflictError(refusals.alreadyScored);
      }
      if (!stillUnderReview(n.data)) throw decidedError();
      const address = keys.review(programmeId, reviewer, nominationId);
      const review = await store.get<Review>(address);
      const next: Nomination = {
        ...n.data,
        review: { ...n.data.review, assigned: n.data.review.assigned.filter((r) => r !== reviewer) },
      };
      await store.transact([
        store.prepareUpdate(keys.nomination(programmeId, nominationId), n, n.version, next, {
          gsi1: keys.nominationIndex(programmeId, n.data.unitId, nominationId),
        }),
        // Conditioned on the version read: a score saved meanwhile makes this fail and retry.
        ...(review ? [store.prepareDelete(address, review.version)] : []),
        audit.prepare({
          action: "scholarships.review.unassign",
          unitId: n.data.unitId,
          target: `nomination:${nominationId}`,
          before: { reviewer, pseudonym: n.data.pseudonym },
        }),
      ]);
    });
    return c.json({ nominationId, reviewer, removed: true }, 200);
  });
}
