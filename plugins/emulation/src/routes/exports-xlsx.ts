import { NotFoundError } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { classificationText, type RankingBoard } from "../boards";
import { sheetToXlsx, type XlsxCell } from "../export-xlsx";
import { type Ctx, Id, readErrors, SchoolYear } from "../http";
import { keys } from "../keys";
import { awardForms, awardLevels } from "../labels";
import type { Decision } from "../model";
import type { Settings } from "../settings";
import { lineView } from "./awards";
import { loadMovement } from "./movements";
import { targetsView } from "./targets";

const READ = "emulation.read";
const tags = ["Xuất dữ liệu"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const xlsxResponse = {
  200: { description: "Bảng tính Excel (tiêu đề tiếng Việt)", content: { [XLSX]: { schema: z.any() } } },
  ...readErrors,
};

const routes = {
  ranking: guardedRoute(READ, {
    method: "get",
    path: "/exports/ranking.xlsx",
    tags,
    summary: "Xếp hạng các cụm của một phong trào trong một năm học (Excel)",
    request: { query: z.object({ movementId: Id, schoolYear: SchoolYear }) },
    responses: xlsxResponse,
  }),
  awardees: guardedRoute(READ, {
    method: "get",
    path: "/exports/awardees.xlsx",
    tags,
    summary: "Danh sách tập thể, cá nhân được khen thưởng của một quyết định (Excel)",
    request: { query: z.object({ decisionId: z.string().min(1).max(80) }) },
    responses: xlsxResponse,
  }),
  targets: guardedRoute(READ, {
    method: "get",
    path: "/exports/targets.xlsx",
    tags,
    summary: "Chỉ tiêu – kế hoạch và kết quả đạt được (Excel)",
    request: { query: z.object({ movementId: Id }) },
    responses: xlsxResponse,
  }),
};

const send = (c: Ctx, name: string, body: Uint8Array) =>
  c.body(body as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": XLSX,
    "Content-Disposition": `attachment; filename="${name}"`,
  });

const dash = (s: string) => s.replace("-", "–");
const vnDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "";
const sign: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤" };

export function exportXlsxRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.ranking, async (c) => {
    const { movementId, schoolYear } = c.req.valid("query");
    const movement = (await loadMovement(c, movementId)).data;
    const boards = await c.var.store.queryAll<RankingBoard>(keys.rankingBoards(schoolYear), {
      skPrefix: [movementId],
    });
    const rows: XlsxCell[][] = boards
      .map((b) => b.data)
      .sort((a, b) => a.clusterName.localeCompare(b.clusterName, "vi"))
      .flatMap((b) =>
        b.rows.map((r) => [b.clusterName, r.rank, r.unitName, r.score, classificationText(r.classification)]),
      );
    const body = await sheetToXlsx({
      name: `Xếp hạng ${dash(schoolYear)}`,
      title: `${movement.name} — năm học ${dash(schoolYear)}`,
      headers: ["Cụm thi đua", "Hạng", "Đơn vị", "Điểm", "Xếp loại"],
      rows,
      widths: [36, 8, 48, 10, 32],
      numFmts: { 3: "0.00" },
    });
    return send(c, `xep-hang-${movementId}-${schoolYear}.xlsx`, body) as never;
  });

  app.openapi(routes.awardees, async (c) => {
    const { decisionId } = c.req.valid("query");
    const item = await c.var.store.get<Decision>(keys.decision(decisionId));
    if (!item) throw new NotFoundError();
    const d = item.data;
    const lines = await lineView(c, d);
    const rows: XlsxCell[][] = lines.map((l, i) => [
      i + 1,
      l.recipient === "collective" ? l.unitName : (l.fullName ?? ""),
      l.recipient === "collective" ? "Tập thể" : "Cá nhân",
      l.unitName,
      `${awardForms[l.form].vi}${l.title ? ` “${l.title}”` : ""}`,
    ]);
    const body = await sheetToXlsx({
      name: "Danh sách khen thưởng",
      title: `Kèm theo Quyết định số ${d.number} ngày ${vnDate(d.date)} của ${awardLevels[d.level].vi} — người ký: ${d.signer}`,
      headers: ["TT", "Tập thể / Họ và tên", "Loại", "Đơn vị", "Hình thức"],
      rows,
      widths: [6, 44, 10, 44, 36],
    });
    return send(c, `danh-sach-khen-thuong-${decisionId}.xlsx`, body) as never;
  });

  app.openapi(routes.targets, async (c) => {
    const { movementId } = c.req.valid("query");
    const view = await targetsView(c, movementId);
    const rows: XlsxCell[][] = view.targets.flatMap((t) => {
      const unit = t.unit === "percent" ? "%" : "";
      const lines = t.rows.length
        ? t.rows
        : [{ period: view.period, scope: "Toàn đơn vị", achieved: null, asOf: null, met: null }];
      return lines.map((r) => [
        t.name,
        dash(r.period),
        r.scope,
        `${sign[t.comparison]} ${t.planned}${unit}`,
        t.planned,
        r.achieved,
        vnDate(r.asOf),
        r.met === null ? "Chưa có số liệu" : r.met ? "Đạt" : "Không đạt",
        t.history.length ? t.history.map((h) => `“${h.name}” (${vnDate(h.at)}): ${h.reason}`).join("; ") : "",
      ]);
    });
    const body = await sheetToXlsx({
      name: "Chỉ tiêu",
      title: `${view.movementName} — ${dash(view.period)}`,
      headers: [
        "Chỉ tiêu",
        "Năm học / giai đoạn",
        "Phạm vi",
        "Kế hoạch",
        "Giá trị kế hoạch",
        "Đạt được",
        "Tính đến ngày",
        "Kết quả",
        "Điều chỉnh (tên cũ, ngày, lý do)",
      ],
      rows,
      widths: [44, 14, 28, 12, 12, 12, 14, 16, 50],
      numFmts: { 4: "#,##0.##", 5: "#,##0.##" },
    });
    return send(c, `chi-tieu-${movementId}.xlsx`, body) as never;
  });
}
