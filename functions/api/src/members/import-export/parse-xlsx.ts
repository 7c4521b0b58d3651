import type { Locale } from "@congdoan/core";
import { defaultLocale } from "@congdoan/core";
import type { ReadRow, ReadSheet, XlsxValue } from "@congdoan/xlsx";
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

  // Imported here, not at the top: member files are rare, and a cold start should not read the XLSX code.
  const { readFirstVisibleSheet, XlsxError } = await import("@congdoan/xlsx");
  let sheet: ReadSheet;
  try {
    sheet = readFirstVisibleSheet(bytes);
  } catch (error) {
    if (error instanceof XlsxError) throw new ImportFileError("not_xlsx", locale);
    throw error;
  }
  const sheetRows = sheet.rows.map((row) => ({ rowNumber: row.number, values: plainRow(row) }));
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

function plainRow(row: ReadRow): CellValue[] {
  return row.cells.map((value, column) => {
    const plain = plainValue(value);
    // A link whose cell shows no text: the address is what the user means (a bare mailto: as the e-mail).
    if (cellText(plain) === "" && row.links?.has(column))
      return row.links.get(column)!.replace(/^mailto:/i, "");
    return plain;
  });
}

function plainValue(value: XlsxValue): CellValue {
  if (value instanceof Date) return calendarDay(value);
  if (value !== null && typeof value === "object") return value.error;
  return value;
}

/**
 * Excel keeps a wall-clock date-time (read into a Date's UTC fields). Dropping the time keeps a
 * date-time cell such as 15/03/1985 20:00 on the 15th when parseDate reads it in Vietnam time (UTC+7).
 */
function calendarDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
