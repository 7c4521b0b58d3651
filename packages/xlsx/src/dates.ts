/**
 * Excel stores a date as a number of days (its "serial"). Like exceljs, the wall-clock date-time Excel
 * shows is carried in the UTC fields of a Date, so no time zone ever shifts a day.
 */
const DAY_MS = 86_400_000;
// Serial 25569 is 1970-01-01 in the 1900 system (which counts the non-existent 29/02/1900).
const UNIX_EPOCH_1900 = 25569;
const UNIX_EPOCH_1904 = 24107;

export function dateToSerial(date: Date): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH_1900;
}

export function serialToDate(serial: number, date1904 = false): Date {
  const days = serial - (date1904 ? UNIX_EPOCH_1904 : UNIX_EPOCH_1900);
  return new Date(Math.round(days * DAY_MS));
}

// Built-in formats that show a date or time (ECMA-376 §18.8.30, plus the CJK ones Excel maps to dates).
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36]);
for (const id of [45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]) BUILT_IN_DATES.add(id);

/** Whether a cell with this number format shows its number as a date (or time). */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATES.has(id)) return true;
  if (!code) return false;
  // Ignore quoted text, escaped characters and bracketed colours/locales ("[Red]", "[$-42A]");
  // elapsed-time brackets such as [h] still mean a time.
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(bare.split(";")[0] ?? "") && !/^general$/i.test(bare.trim());
}
