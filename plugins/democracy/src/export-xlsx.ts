import ExcelJS from "exceljs";
import type { CountsView, YearView } from "./compliance-view";
import { CSV_HEADERS } from "./export";
import { kindLabels } from "./model";

/** The compliance table as an Excel workbook: same columns as the CSV, numbers as numbers. */
export async function complianceXlsx(view: YearView, tenantName: string): Promise<Uint8Array> {
  const year = view.year.replace("-", "–");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Hội nghị ${year}`);
  sheet.addRow([`Tình hình tổ chức Hội nghị CBCCVC / NLĐ năm học ${year} — ${tenantName}`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([]);
  sheet.addRow(CSV_HEADERS).font = { bold: true };
  const line = (unit: string, kind: string, v: CountsView, bold = false) => {
    const row = sheet.addRow([
      year,
      unit,
      kind,
      v.required,
      v.held,
      v.heldOnTime,
      v.heldWithQuorum,
      v.documentsAdopted,
      Math.round(v.percent * 10) / 10,
    ]);
    if (bold) row.font = { bold: true };
  };
  for (const d of view.districts)
    for (const kind of ["cbccvc", "nld"] as const)
      if (d.byKind[kind].required > 0) line(d.districtName, kindLabels[kind].vi, d.byKind[kind]);
  for (const kind of ["cbccvc", "nld"] as const)
    line(tenantName, kindLabels[kind].vi, view.byKind[kind], true);
  line(tenantName, "Tổng", view.total, true);
  sheet.getColumn(9).numFmt = "0.0";
  [12, 36, 26, 14, 12, 14, 14, 14, 10].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
