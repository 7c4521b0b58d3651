import { formatSchoolYear } from "@congdoan/core";
import { guardedRoute, z } from "@congdoan/plugin-sdk";
import { ceremonyRows, toCsv, toXlsx } from "../ceremony-sheet";
import { loadProgramme, PERMISSION } from "../context";
import { errors, ProgrammeParam } from "../http";
import { keys } from "../keys";
import type { Nomination } from "../model";
import { withPersonalData } from "../personal-data";
import type { App } from "../settings";

const route = guardedRoute(PERMISSION.decide, {
  method: "get",
  path: "/programmes/{programmeId}/ceremony-list",
  tags: ["Học bổng"],
  summary: "Danh sách trao học bổng / bảng ký nhận (CSV hoặc Excel)",
  request: { params: ProgrammeParam, query: z.object({ format: z.enum(["csv", "xlsx"]).default("xlsx") }) },
  responses: { 200: { description: "Tệp" }, ...errors },
});

export function exportRoutes(app: App) {
  app.openapi(route, async (c) => {
    const programme = (await loadProgramme(c, c.req.valid("param").programmeId)).data;
    await c.var.access.require(PERMISSION.decide, programme.ownerUnitId);
    const { format } = c.req.valid("query");
    const stored = await c.var.store.queryAll<Nomination>(keys.nominations(programme.id));
    const nominations = (await withPersonalData(c.var.store, programme, stored)).map((i) => i.data);
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    const rows = ceremonyRows(nominations, (id) => names.get(id) ?? id);
    await c.var.audit.record({
      action: "scholarships.ceremony-list.export",
      unitId: programme.ownerUnitId,
      target: `programme:${programme.id}`,
      after: { format, rows: rows.length - 1 },
    });
    const bytes =
      format === "csv"
        ? toCsv(rows)
        : await toXlsx(`${programme.name} — năm học ${formatSchoolYear(programme.schoolYear)}`, rows);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type":
        format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="hoc-bong-${programme.id}.${format}"`,
      "Cache-Control": "no-store",
    });
  });
}
