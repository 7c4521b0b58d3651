import type { Locale } from "@congdoan/core";
import { defaultLocale } from "@congdoan/core";
import ExcelJS from "exceljs";
import { ImportFileError } from "./file-error";
import { locateHeader } from "./member-row";
import { sniffFile } from "./sniff";
import type { CellValue, ImportTable } from "./table";
import { cellText } from "./values";

export interface XlsxTable extends ImportTable {
  sheetName: string;
}

export interface XlsxOptions {
  /** Language of the error thrown for an unreadable file. */
  locale?: Locale;
}

/**
 * Reads the first visible worksheet (a hidden first sheet is usually a template or a lookup list).
 * Cells come back as what the user sees: rich text as plain text, formulas as their cached result,
 * hyperlinks as their text (a bare mailto: as the address), errors as "#N/A" and the like, so the
 * preview can quote them. Title rows above the header are skipped (see locateHeader); data rows keep
 * their sheet numbers.
 */
export async function parseXlsx(
  data: Uint8Array | ArrayBuffer,
  options: XlsxOptions = {},
): Promise<XlsxTable> {
  const locale = options.locale ?? defaultLocale;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = sniffFile(bytes);
  if (kind === "legacy-xls") throw new ImportFileError("legacy_xls", locale);
  if (kind !== "xlsx") throw new ImportFileError("not_xlsx", locale);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new ImportFileError("not_xlsx", locale);
  }
  const sheet = workbook.worksheets.find((ws) => ws.state === "visible") ?? workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [], headerRow: 1, sheetName: "" };

  const sheetRows: { rowNumber: number; values: CellValue[] }[] = [];
  sheet.eachRow((row, rowNumber) => {
    sheetRows.push({ rowNumber, values: plainRow(row.values) });
  });
  const headerIndex = locateHeader(sheetRows.map((row) => row.values));
  if (headerIndex === -1) return { headers: [], rows: [], headerRow: 1, sheetName: sheet.name };
  const header = sheetRows[headerIndex]!;
  const headerRow = header.rowNumber;
  const headers = header.values.map(cellText);
  const rows: CellValue[][] = [];
  for (const { rowNumber, values } of sheetRows.slice(headerIndex + 1))
    rows[rowNumber - headerRow - 1] = values;
  // Rows Excel holds no data for are holes in the array; fill them so every index is a row.
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  while (rows.length > 0 && rows[rows.length - 1]!.every((value) => cellText(value) === "")) rows.pop();
  return { headers, rows, headerRow, sheetName: sheet.name };
}

/** exceljs gives a sparse, 1-based array (or, oddly typed, an object); make it a dense 0-based one. */
function plainRow(values: ExcelJS.Row["values"]): CellValue[] {
  const cells = Array.isArray(values) ? values : [];
  const out: CellValue[] = [];
  for (let column = 1; column < cells.length; column++) out.push(plainValue(cells[column]));
  return out;
}

function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return calendarDay(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    // The typings say string, but a styled link's text arrives as rich text.
    const text = cellText(plainValue(value.text as ExcelJS.CellValue));
    return text || value.hyperlink.replace(/^mailto:/i, "");
  }
  if ("formula" in value || "sharedFormula" in value) {
    return value.result === undefined ? null : plainValue(value.result);
  }
  if ("error" in value) return value.error;
  return null;
}

/**
 * exceljs returns Excel's wall-clock date-time as if it were UTC. Dropping the time keeps a date-time
 * cell such as 15/03/1985 20:00 on the 15th when parseDate reads it in Vietnam time (UTC+7).
 */
function calendarDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
