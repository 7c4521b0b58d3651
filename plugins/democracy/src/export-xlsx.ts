import { writeXlsx, type XlsxRow } from "@congdoan/xlsx";
import type { CountsView, YearView } from "./compliance-view";
import { CSV_HEADERS } from "./export";
import { kindLabels } from "./model";

/** The compliance table as an Excel workbook: same columns as the CSV, numbers as numbers. */
export async function complianceXlsx(view: YearView, tenantName: string): Promise<Uint8Array> {
  const year = view.year.replace("-", "–");
  const rows: XlsxRow[] = [];
  const line = (unit: string, kind: string, v: CountsView, bold = false) => {
    rows.push({
      cells: [
        year,
        unit,
        kind,
        v.required,
        v.held,
        v.heldOnTime,
        v.heldWithQuorum,
        v.documentsAdopted,
        Math.round(v.percent * 10) / 10,
      ],
      bold,
    });
  };
  for (const d of view.districts)
    for (const kind of ["cbccvc", "nld"] as const)
      if (d.byKind[kind].required > 0) line(d.districtName, kindLabels[kind].vi, d.byKind[kind]);
  for (const kind of ["cbccvc", "nld"] as const)
    line(tenantName, kindLabels[kind].vi, view.byKind[kind], true);
  line(tenantName, "Tổng", view.total, true);
  const widths = [12, 36, 26, 14, 12, 14, 14, 14, 10];
  return writeXlsx({
    name: `Hội nghị ${year}`,
    title: `Tình hình tổ chức Hội nghị CBCCVC / NLĐ năm học ${year} — ${tenantName}`,
    header: [...CSV_HEADERS],
    rows,
    columns: widths.map((width, i) => ({ width, numFmt: i === 8 ? "0.0" : undefined })),
  });
}
