import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { loadComplianceView } from "../compliance-view";
import { loadDistrictReport } from "../district-report";
import { complianceCsv, districtReportHtml } from "../export";
import { complianceXlsx } from "../export-xlsx";
import { ok, readErrors, reject, SchoolYear, UnitId } from "../http";
import { remindersOfYear } from "../reminders";
import type { Settings } from "../settings";

const tags = ["Quy chế dân chủ"];
const READ = "democracy.read";
const Query = z.object({ year: SchoolYear.optional() });

const routes = {
  view: guardedRoute(READ, {
    method: "get",
    path: "/compliance",
    tags,
    summary: "Tình hình tổ chức hội nghị theo quận/huyện và loại, so với năm trước; đơn vị chưa tổ chức",
    request: { query: Query },
    responses: { 200: ok(z.unknown()), ...readErrors },
  }),
  csv: guardedRoute(READ, {
    method: "get",
    path: "/compliance/export.csv",
    tags,
    summary: "Bảng tổng hợp (CSV, tiêu đề tiếng Việt)",
    request: { query: Query },
    responses: { 200: { description: "CSV" }, ...readErrors },
  }),
  xlsx: guardedRoute(READ, {
    method: "get",
    path: "/compliance/export.xlsx",
    tags,
    summary: "Bảng tổng hợp (Excel, tiêu đề tiếng Việt)",
    request: { query: Query },
    responses: { 200: { description: "Tệp Excel" }, ...readErrors },
  }),
  district: guardedRoute(READ, {
    method: "get",
    path: "/compliance/districts/{districtId}",
    tags,
    summary: "Báo cáo một quận/huyện: số liệu theo loại và từng đơn vị (cho trang in)",
    request: { params: z.object({ districtId: UnitId }), query: Query },
    responses: { 200: ok(z.unknown()), ...readErrors },
  }),
  report: guardedRoute(READ, {
    method: "get",
    path: "/compliance/report/{districtId}",
    tags,
    summary: "Báo cáo in được của một quận/huyện",
    request: { params: z.object({ districtId: UnitId }), query: Query },
    responses: { 200: { description: "Trang HTML" }, ...readErrors },
  }),
};

export function complianceRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.view, async (c) => {
    const { year } = c.req.valid("query");
    const view = await loadComplianceView(c.var.store, await c.var.units.all(), year);
    if (year && !view.current) throw reject.missing();
    // Unit names of the shortfall are shown only inside the caller's subtrees.
    const visible = await c.var.access.unitsWithin(READ);
    const reminders = view.current ? await remindersOfYear(c.var.store, view.current.year) : new Map();
    const notHeld = view.notHeld
      .filter((u) => visible.has(u.unitId))
      .map((u) => {
        const r = reminders.get(u.unitId);
        if (!r) return u;
        return {
          ...u,
          remindedAt: r.remindedAt,
          reminders: r.count,
          ...(r.seenAt ? { reminderSeenAt: r.seenAt } : {}),
        };
      });
    return c.json({ ...view, notHeld }, 200);
  });

  app.openapi(routes.csv, async (c) => {
    const { year } = c.req.valid("query");
    const view = await loadComplianceView(c.var.store, await c.var.units.all(), year);
    if (!view.current) throw reject.missing();
    return c.body(complianceCsv(view.current, c.var.tenant.name), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="hoi-nghi-cbccvc-${view.current.year}.csv"`,
    });
  });

  app.openapi(routes.xlsx, async (c) => {
    const { year } = c.req.valid("query");
    const view = await loadComplianceView(c.var.store, await c.var.units.all(), year);
    if (!view.current) throw reject.missing();
    const bytes = await complianceXlsx(view.current, c.var.tenant.name);
    return c.body(bytes as unknown as ArrayBuffer, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="hoi-nghi-cbccvc-${view.current.year}.xlsx"`,
    });
  });

  app.openapi(routes.district, async (c) => {
    const { districtId } = c.req.valid("param");
    const { year } = c.req.valid("query");
    await c.var.access.require(READ, districtId);
    const units = await c.var.units.all();
    if (!units.some((u) => u.id === districtId)) throw reject.missing();
    const report = await loadDistrictReport(c.var.store, units, districtId, year);
    if (!report || (year && report.year !== year)) throw reject.missing();
    return c.json({ ...report, tenantName: c.var.tenant.name }, 200);
  });

  app.openapi(routes.report, async (c) => {
    const { districtId } = c.req.valid("param");
    const { year } = c.req.valid("query");
    await c.var.access.require(READ, districtId);
    const units = await c.var.units.all();
    const district = units.find((u) => u.id === districtId);
    if (!district) throw reject.missing();
    const report = await loadDistrictReport(c.var.store, units, districtId, year);
    if (!report || (year && report.year !== year)) throw reject.missing();
    const html = districtReportHtml({
      tenantName: c.var.tenant.name,
      districtName: district.name,
      year: report.year,
      counts: report.counts,
      delegates: report.delegates,
      notHeld: report.units.filter((u) => u.status !== "held"),
    });
    return c.html(html, 200);
  });
}
