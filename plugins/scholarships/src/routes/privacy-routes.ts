import { guardedRoute, z } from "@congdoan/plugin-sdk";
import { ConflictError, loadProgramme, PERMISSION, today, withRetry } from "../context";
import { body, ok, ProgrammeParam } from "../http";
import { keys } from "../keys";
import type { Nomination, PersonalData, Programme, Review } from "../model";
import { withoutPersonalData } from "../personal-data";
import { refusals } from "../refusals";
import type { App, Ctx } from "../settings";

const route = guardedRoute(PERMISSION.manage, {
  method: "post",
  path: "/programmes/{programmeId}/erase-personal-data",
  tags: ["Học bổng"],
  summary:
    "Xoá dữ liệu cá nhân của các cháu và cha mẹ khi hết thời hạn lưu (giữ lại số liệu tổng hợp); có thể xoá sớm",
  request: {
    params: ProgrammeParam,
    body: body(z.object({ beforeRetentionEnds: z.boolean().default(false) })),
  },
  responses: ok("Đã xoá"),
});

/** The day personal data of a closed programme may be erased: closing day + the retention months. */
export function erasableOn(programme: Programme, retentionMonths: number): string | undefined {
  if (!programme.closedOn) return undefined;
  const d = new Date(`${programme.closedOn}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + retentionMonths);
  return d.toISOString().slice(0, 10);
}

async function eraseNomination(c: Ctx, programmeId: string, id: string) {
  const { store } = c.var;
  await withRetry(async () => {
    const n = await store.getOrThrow<Nomination>(keys.nomination(programmeId, id));
    const personal = await store.get<PersonalData>(keys.personalDataOf(programmeId, id));
    if (n.data.child === null && !personal) return;
    const next: Nomination = withoutPersonalData(n.data);
    const evidence = [...n.data.evidenceKeys, ...(personal?.data.evidenceKeys ?? [])];
    const reviews = [];
    for (const reviewer of n.data.review.assigned) {
      const r = await store.get<Review>(keys.review(programmeId, reviewer, id));
      if (!r) continue;
      const { comment: _comment, ...rest } = r.data;
      reviews.push(
        store.prepareUpdate(keys.review(programmeId, reviewer, id), r, r.version, { ...rest, file: null }),
      );
    }
    await store.transact([
      store.prepareUpdate(keys.nomination(programmeId, id), n, n.version, next, {
        gsi1: keys.nominationIndex(programmeId, n.data.unitId, id),
      }),
      ...reviews,
      ...(personal ? [store.prepareDelete(keys.personalDataOf(programmeId, id), personal.version)] : []),
    ]);
    for (const key of evidence) await c.var.files.remove(key).catch(() => undefined);
  });
}

export function privacyRoutes(app: App) {
  app.openapi(route, async (c) => {
    const programme = await loadProgramme(c, c.req.valid("param").programmeId);
    const p = programme.data;
    await c.var.access.require(PERMISSION.manage, p.ownerUnitId);
    if (p.status !== "closed") throw new ConflictError(refusals.eraseOnlyClosed);
    const due = erasableOn(p, c.var.settings.retentionMonths)!;
    if (!c.req.valid("json").beforeRetentionEnds && today() < due) {
      throw new ConflictError(refusals.retentionNotOver(due));
    }
    const { store, audit } = c.var;
    const nominations = await store.queryAll<Nomination>(keys.nominations(p.id));
    for (const n of nominations) await eraseNomination(c, p.id, n.data.id);
    const guards = await store.queryAll(keys.children(p.id));
    for (let i = 0; i < guards.length; i += 25) {
      await store.transact(
        guards
          .slice(i, i + 25)
          .map((g) => store.prepareDelete({ pk: keys.children(p.id), sk: g.key.sk.split("#") })),
      );
    }
    const erased: Programme = { ...p, erasedOn: today() };
    await store.transact([
      store.prepareUpdate(keys.programme(p.id), programme, programme.version, erased),
      audit.prepare({
        action: "scholarships.programme.erase-personal-data",
        unitId: p.ownerUnitId,
        target: `programme:${p.id}`,
        after: { nominations: nominations.length, erasedOn: erased.erasedOn },
      }),
    ]);
    return c.json({ erased: nominations.length, erasedOn: erased.erasedOn ?? null }, 200);
  });
}
