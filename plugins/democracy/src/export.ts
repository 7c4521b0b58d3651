import { formatDate, formatNumber } from "@congdoan/core";
import type { CountsView, YearView } from "./compliance-view";
import type { DelegateCounts } from "./district-report";
import { kindLabels } from "./model";

const cell = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`;
const pct = (v: CountsView) => formatNumber(v.percent, { maxFractionDigits: 1 });

export const CSV_HEADERS = [
  "Năm học",
  "Đơn vị",
  "Loại hội nghị",
  "Số đơn vị phải tổ chức",
  "Đã tổ chức",
  "Tổ chức đúng hạn",
  "Đủ số đại biểu",
  "Số văn bản thông qua",
  "Tỷ lệ (%)",
];

/** The compliance table as CSV: UTF-8 with BOM (Excel opens it in Vietnamese), one line per district and kind. */
export function complianceCsv(view: YearView, tenantName: string): string {
  const year = view.year.replace("-", "–");
  const lines = [CSV_HEADERS.map(cell).join(",")];
  const line = (unit: string, kind: string, v: CountsView) =>
    [year, unit, kind, v.required, v.held, v.heldOnTime, v.heldWithQuorum, v.documentsAdopted, pct(v)]
      .map(cell)
      .join(",");
  for (const d of view.districts) {
    for (const kind of ["cbccvc", "nld"] as const) {
      if (d.byKind[kind].required > 0) lines.push(line(d.districtName, kindLabels[kind].vi, d.byKind[kind]));
    }
  }
  for (const kind of ["cbccvc", "nld"] as const)
    lines.push(line(tenantName, kindLabels[kind].vi, view.byKind[kind]));
  lines.push(line(tenantName, "Tổng", view.total));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!,
  );

/** A printable page per district (no scripts, no inline styles: the browser's print does the rest). */
export function districtReportHtml(input: {
  tenantName: string;
  districtName: string;
  year: string;
  counts: YearView["districts"][number] | undefined;
  delegates?: DelegateCounts;
  notHeld: { unitName: string; kind: "cbccvc" | "nld"; plannedOn?: string }[];
}): string {
  const year = input.year.replace("-", "–");
  const rows = (["cbccvc", "nld"] as const)
    .map((kind) => {
      const v = input.counts?.byKind[kind];
      if (!v || v.required === 0) return "";
      return `<tr><td>${kindLabels[kind].vi}</td><td>${v.text}</td><td>${formatNumber(v.heldOnTime)}</td><td>${formatNumber(v.heldWithQuorum)}</td><td>${formatNumber(v.documentsAdopted)}</td></tr>`;
    })
    .join("");
  const pending = input.notHeld.length
    ? `<ol>${input.notHeld
        .map(
          (u) =>
            `<li>${escapeHtml(u.unitName)} — ${kindLabels[u.kind].vi}${u.plannedOn ? ` (dự kiến ${formatDate(u.plannedOn)})` : ""}</li>`,
        )
        .join("")}</ol>`
    : "<p>Tất cả đơn vị đã tổ chức hội nghị.</p>";
  const d = input.delegates;
  const delegatesLine = d?.held
    ? `<p>Tổ chức theo hình thức đại biểu: ${formatNumber(d.held)} hội nghị, ${formatNumber(d.elected)} đại biểu được bầu; ${formatNumber(d.withElection)}/${formatNumber(d.held)} đã ghi ngày họp bầu đại biểu.</p>`
    : "";
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo hội nghị CBCCVC/NLĐ năm học ${year} — ${escapeHtml(input.districtName)}</title></head><body>
<header><p>${escapeHtml(input.tenantName)}</p><h1>Báo cáo kết quả tổ chức Hội nghị CBCCVC, Hội nghị người lao động</h1><p>Đơn vị: ${escapeHtml(input.districtName)} — Năm học ${year}</p></header>
<table border="1"><thead><tr><th>Loại hội nghị</th><th>Đã tổ chức / phải tổ chức</th><th>Đúng hạn</th><th>Đủ số đại biểu</th><th>Văn bản thông qua</th></tr></thead><tbody>${rows}</tbody></table>
${delegatesLine}
<h2>Đơn vị chưa tổ chức</h2>${pending}
<p>Lập ngày ${formatDate(new Date())}</p></body></html>`;
}
