import { formatNumber } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import type { AwardRow, InitiativeRow } from "../boards";
import { type Ctx, Id, readErrors, SchoolYear } from "../http";
import { keys } from "../keys";
import { awardForms, awardLevels } from "../labels";
import type { Result } from "../model";
import { classificationLabels } from "../scoring";
import type { Settings } from "../settings";
import { loadMovement } from "./movements";

const READ = "emulation.read";
const tags = ["Xuất dữ liệu"];
const csvResponse = {
  200: {
    description: "CSV (UTF-8, BOM, tiêu đề tiếng Việt)",
    content: { "text/csv": { schema: z.string() } },
  },
  ...readErrors,
};

const routes = {
  results: guardedRoute(READ, {
    method: "get",
    path: "/exports/results.csv",
    tags,
    summary: "Kết quả thi đua của một năm học (CSV)",
    request: { query: z.object({ movementId: Id, schoolYear: SchoolYear }) },
    responses: csvResponse,
  }),
  awards: guardedRoute(READ, {
    method: "get",
    path: "/exports/awards.csv",
    tags,
    summary: "Tổng hợp khen thưởng theo cấp, hình thức (CSV)",
    responses: csvResponse,
  }),
  initiatives: guardedRoute(READ, {
    method: "get",
    path: "/exports/initiatives.csv",
    tags,
    summary: "Sáng kiến theo năm và quận, huyện (CSV)",
    responses: csvResponse,
  }),
};

/** RFC 4180 with a BOM so Excel opens Vietnamese text correctly; formulas are neutralised. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    let s =
      v === null || v === undefined
        ? ""
        : typeof v === "number"
          ? formatNumber(v, { maxFractionDigits: 2 })
          : v;
    if (/^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}

const send = (c: Ctx, name: string, body: string) =>
  c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}"`,
  });

export function exportRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.results, async (c) => {
    const { movementId, schoolYear } = c.req.valid("query");
    const movement = (await loadMovement(c, movementId)).data;
    const visible = await c.var.access.unitsWithin(READ);
    const names = new Map((await c.var.units.all()).map((u) => [u.id, u.name]));
    const results = (await c.var.store.queryAll<Result>(keys.results(movementId, schoolYear)))
      .map((i) => i.data)
      .filter((r) => visible.has(r.unitId));
    const status = {
      draft: "Bản nháp",
      submitted: "Đã gửi",
      returned: "Bị trả lại",
      accepted: "Đã chấp nhận",
    };
    const rows = [
      ["Mã đơn vị", "Đơn vị", "Trạng thái", "Điểm", "Xếp loại", ...movement.criteria.map((cr) => cr.name)],
      ...results.map((r) => [
        r.unitId,
        names.get(r.unitId) ?? r.unitId,
        status[r.status],
        r.score ?? null,
        r.classification ? classificationLabels[r.classification].vi : "",
        ...movement.criteria.map((cr) => r.figures[cr.id]?.value ?? null),
      ]),
    ];
    return send(c, `ket-qua-${movementId}-${schoolYear}.csv`, toCsv(rows)) as never;
  });

  app.openapi(routes.awards, async (c) => {
    const board = await c.var.store.get<{ rows: AwardRow[] }>(keys.awardsBoard);
    const rows = [
      ["Năm học", "Cấp khen", "Hình thức", "Tập thể", "Cá nhân"],
      ...(board?.data.rows ?? []).map((r) => [
        r.schoolYear.replace("-", "–"),
        awardLevels[r.level as keyof typeof awardLevels]?.vi ?? r.level,
        `${awardForms[r.form as keyof typeof awardForms]?.vi ?? r.form}${r.title ? ` “${r.title}”` : ""}`,
        r.collective,
        r.individual,
      ]),
    ];
    return send(c, "khen-thuong.csv", toCsv(rows)) as never;
  });

  app.openapi(routes.initiatives, async (c) => {
    const board = await c.var.store.get<{ rows: InitiativeRow[] }>(keys.initiativesBoard);
    const rows = [
      ["Năm học / giai đoạn", "Quận, huyện / ngành", "Đăng ký", "Được công nhận"],
      ...(board?.data.rows ?? []).map((r) => [
        r.period.replace("-", "–"),
        r.district,
        r.submitted,
        r.recognised,
      ]),
    ];
    return send(c, "sang-kien.csv", toCsv(rows)) as never;
  });
}
