/**
 * Dates typed the Vietnamese way whatever the phone's language (a native date input shows
 * 12/31/2099 on a phone set to English). Copied from the shell's web/src/forms/dates.ts: the
 * module cannot import the shell. Used by the pages (web/) and kept in src/ so its test runs.
 */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2) return leap ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * "23/11/2026", "5/9/2022" (also with "." or "-") → "2026-11-23". Impossible dates ("31/02/2023"),
 * two-digit years and other orders → undefined.
 */
export function parseDayMonthYear(text: string): string | undefined {
  const m = DAY_FIRST.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
    return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2026-11-23" → "23/11/2026" for a form field; anything else → "". */
export function isoToDayMonthYear(iso: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}

/**
 * Reads a typed date field: "" → { iso: undefined } (empty), a readable date → { iso }, anything
 * else → { invalid: true } so the page shows the message next to the field.
 */
export function readDateField(text: string): { iso?: string; invalid?: true } {
  if (!text.trim()) return {};
  const iso = parseDayMonthYear(text);
  return iso ? { iso } : { invalid: true };
}

/** Today's calendar date in Vietnam (UTC+7 all year), ISO — not the phone's or the server's zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
