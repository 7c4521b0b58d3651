import { writeXlsx } from "@congdoan/xlsx";

/**
 * The module's only contact with the spreadsheet writer (@congdoan/xlsx, which keeps the Lambda bundle
 * small): a sheet of plain rows under a bold title and a bold header row. Strings stay strings
 * (never formulas).
 */
export type XlsxCell = string | number | null;

export interface XlsxSheet {
  /** Worksheet name (Excel allows 31 characters; longer names are cut). */
  name: string;
  /** A bold line above the table, e.g. the movement and school year. */
  title?: string;
  /** Column labels, in Vietnamese. */
  headers: string[];
  rows: XlsxCell[][];
  /** Column widths in characters, by column position. */
  widths?: number[];
  /** Excel number formats by column position (0-based), e.g. { 3: "0.00" }. */
  numFmts?: Record<number, string>;
}

export async function sheetToXlsx(sheet: XlsxSheet): Promise<Uint8Array> {
  const count = Math.max(sheet.headers.length, sheet.widths?.length ?? 0);
  return writeXlsx({
    // The writer also replaces the characters Excel forbids and cuts the name to 31.
    name: sheet.name,
    title: sheet.title,
    header: sheet.headers,
    rows: sheet.rows,
    columns: Array.from({ length: count }, (_, i) => ({
      width: sheet.widths?.[i],
      numFmt: sheet.numFmts?.[i],
    })),
  });
}
