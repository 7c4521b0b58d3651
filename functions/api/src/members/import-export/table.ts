/**
 * One cell as a reader found it. Date cells from an .xlsx come back as UTC midnight of the day Excel
 * shows, which `parseDate` (Vietnam wall clock) reads as that same day.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** What both readers return and `previewImport` takes. */
export interface ImportTable {
  headers: string[];
  /** Data rows in sheet order; blank rows inside the data are kept so row numbers match the sheet. */
  rows: CellValue[][];
  /** Sheet row number of the header: 1 unless blank rows precede it. Data row i is headerRow + 1 + i. */
  headerRow: number;
}
