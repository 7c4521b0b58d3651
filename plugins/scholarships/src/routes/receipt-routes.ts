import { guardedRoute, z } from "@congdoan/plugin-sdk";
import { ForbiddenError, PERMISSION, readableProgramme } from "../context";
import { ok, ProgrammeParam } from "../http";
import { keys } from "../keys";
import type { Nomination } from "../model";
import { moneyInWords } from "../money-words";
import { withPersonalData } from "../personal-data";
import { inScope, isAward, receiptEntries, receiptFilters } from "../receipts";
import type { App } from "../settings";

const unitId = z.string().min(1).max(64).optional();

const route = guardedRoute(PERMISSION.read, {
  method: "get",
  path: "/programmes/{programmeId}/receipts",
  tags: ["Học bổng"],
  summary:
    "Danh sách trao và giấy ký nhận để in (một giấy mỗi suất, số tiền bằng số và bằng chữ); người xét duyệt của chương trình, hoặc cán bộ CĐCS đề cử cho đơn vị mình",
  request: { params: ProgrammeParam, query: z.object({ unitId, districtId: unitId }) },
  responses: ok("Danh sách và giấy ký nhận"),
});

export function receiptRoutes(app: App) {
  app.openapi(route, async (c) => {
    const programme = (await readableProgramme(c, c.req.valid("param").programmeId)).data;
    const scope = c.req.valid("query");
    const decider = await c.var.access.can(PERMISSION.decide, programme.ownerUnitId);
    // The children are minors: besides the deciders, only the officers of the nominating unit (or of
    // a district above it, for that district) may print, and only for their own unit.
    const scopeUnit = scope.unitId ?? scope.districtId;
    if (!decider && !(scopeUnit && (await c.var.access.can(PERMISSION.nominate, scopeUnit)))) {
      throw new ForbiddenError();
    }
    const stored = (await c.var.store.queryAll<Nomination>(keys.nominations(programme.id))).filter((i) =>
      isAward(i.data),
    );
    const chosen = stored.filter((i) => inScope(i.data, scope));
    const joined = (await withPersonalData(c.var.store, programme, chosen)).map((i) => i.data);
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    const nameOf = (id: string) => names.get(id) ?? id;
    const { personalDataErased, items } = receiptEntries(programme, joined, nameOf);
    await c.var.audit.record({
      action: "scholarships.receipts.view",
      unitId: scopeUnit ?? programme.ownerUnitId,
      target: `programme:${programme.id}`,
      after: { ...scope, awards: items.length, personalDataErased },
    });
    const amount = items.reduce((s, i) => s + i.amount, 0);
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        programme: {
          id: programme.id,
          name: programme.name,
          schoolYear: programme.schoolYear,
          ownerUnitId: programme.ownerUnitId,
          ownerUnitName: nameOf(programme.ownerUnitId),
        },
        scope: { ...scope, name: scopeUnit ? nameOf(scopeUnit) : nameOf(programme.ownerUnitId) },
        personalDataErased,
        filters: decider
          ? receiptFilters(
              stored.map((i) => i.data),
              nameOf,
            )
          : { districts: [], units: [] },
        totals: { count: items.length, amount, amountInWords: moneyInWords(amount) },
        items,
      },
      200,
    );
  });
}
