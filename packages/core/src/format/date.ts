/**
 * Dates are shown dd/mm/yyyy and stored as ISO calendar dates (yyyy-mm-dd).
 * Wall-clock time is Vietnam's: UTC+7 all year (no DST since 1975), so a fixed offset is exact
 * and we do not rely on Intl time-zone data, which small-icu Node builds lack.
 */

const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Years are limited to 1–9999 so every valid date has a 4-digit ISO form. */
export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** Reads the parts of the instant from a Date shifted by the offset, so the host's zone never matters. */
function vietnamWallClock(instant: Date): WallClock | undefined {
  const time = instant.getTime();
  if (!Number.isFinite(time)) return undefined;
  const shifted = new Date(time + VIETNAM_OFFSET_MINUTES * MINUTE_MS);
  const wall = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
  return isValidCalendarDate(wall.year, wall.month, wall.day) ? wall : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function offsetMinutesOf(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/**
 * A date-only ISO string is a calendar date and is taken as is. A timestamp with "Z" or an
 * offset is an instant and is converted to Vietnam time; one without a zone is taken as
 * Vietnam wall-clock time, since that is where it was typed, whatever zone the server runs in.
 */
function wallClockOfIso(text: string): WallClock | undefined {
  const dateOnly = ISO_DATE.exec(text);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    return isValidCalendarDate(year, month, day) ? { year, month, day, hour: 0, minute: 0 } : undefined;
  }
  const stamp = ISO_DATE_TIME.exec(text);
  if (!stamp) return undefined;
  const [year, month, day] = [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])];
  const [hour, minute, second] = [Number(stamp[4]), Number(stamp[5]), Number(stamp[6] ?? 0)];
  if (!isValidCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = stamp[7];
  if (zone === undefined) return { year, month, day, hour, minute };
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutesOf(zone) * MINUTE_MS;
  return vietnamWallClock(new Date(utc));
}

function wallClockOf(value: Date | string): WallClock | undefined {
  if (value instanceof Date) return vietnamWallClock(value);
  if (typeof value === "string") return wallClockOfIso(value.trim());
  return undefined;
}

/** "23/11/2026". Invalid input gives "" so a bad value shows as blank rather than "Invalid Date". */
export function formatDate(value: Date | string): string {
  const wall = wallClockOf(value);
  return wall ? `${pad2(wall.day)}/${pad2(wall.month)}/${wall.year}` : "";
}

/** "23/11/2026 14:05" in Vietnam time (24-hour clock). Invalid input gives "". */
export function formatDateTime(value: Date | string): string {
  const wall = wallClockOf(value);
  return wall
    ? `${pad2(wall.day)}/${pad2(wall.month)}/${wall.year} ${pad2(wall.hour)}:${pad2(wall.minute)}`
    : "";
}

const FORM_DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date typed in a form the Vietnamese way ("23/11/2026", "5/9/2022", also with "." or "-") → ISO
 * "2026-11-23". Stricter than parseDate, which also reads imported files: day first only, four-digit
 * years from 1900 to 2100; impossible dates ("31/02/2023"), two-digit years and other orders → undefined.
 */
export function parseDayMonthYear(text: string): string | undefined {
  const m = FORM_DAY_FIRST.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100 || !isValidCalendarDate(year, month, day)) return undefined;
  return isoOf(year, month, day);
}

/** ISO "2026-11-23" → "23/11/2026" for a form field; anything else → "". */
export function isoToDayMonthYear(iso: string | undefined | null): string {
  const m = ISO_DATE.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}

/** Today's calendar date in Vietnam as ISO, e.g. at 23:30 UTC it is already tomorrow. */
export function todayIso(now: Date = new Date()): string {
  const wall = vietnamWallClock(now);
  if (!wall) throw new RangeError("todayIso: invalid Date");
  return isoOf(wall.year, wall.month, wall.day);
}

// Excel's 1900 date system counts 1900-01-01 as serial 1 and wrongly includes 1900-02-29
// (serial 60, kept for Lotus 1-2-3 compatibility). From serial 61 on, counting days from
// 1899-12-30 gives the right date; before it, from 1899-12-31. The largest serial is 9999-12-31.
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_MAX_SERIAL = 2_958_465;

function dateOfExcelSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // A fraction is the time of day, which a date does not need.
  const days = Math.floor(serial);
  if (days < 1 || days > EXCEL_MAX_SERIAL || days === EXCEL_FAKE_LEAP_DAY) return undefined;
  const epoch = days > EXCEL_FAKE_LEAP_DAY ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

// Day first, as Vietnamese write it; one separator used consistently; an optional time is ignored.
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const YEAR_FIRST = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/;

/**
 * Reads a date as typed or as found in a spreadsheet and returns it as ISO "yyyy-mm-dd":
 * "5/9/2022", "05/09/2022", "05-09-2022", "05.09.2022", "2022-09-05", an ISO timestamp
 * (converted to Vietnam's date), a Date, or an Excel serial number (44809 → "2022-09-05").
 * Only a number is read as a serial: a digit string is too ambiguous to guess.
 * Two-digit years and impossible dates ("31/02/2023") give undefined; it never throws.
 */
export function parseDate(input: string | number | Date | null | undefined): string | undefined {
  if (typeof input === "number") return dateOfExcelSerial(input);
  if (input instanceof Date) {
    const wall = vietnamWallClock(input);
    return wall ? isoOf(wall.year, wall.month, wall.day) : undefined;
  }
  if (typeof input !== "string") return undefined;
  const text = input.trim();

  let parts: [number, number, number] | undefined;
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);
  if (dayFirst) parts = [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])];
  else if (yearFirst) parts = [Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])];
  else {
    const wall = wallClockOfIso(text);
    return wall ? isoOf(wall.year, wall.month, wall.day) : undefined;
  }
  const [year, month, day] = parts;
  return isValidCalendarDate(year, month, day) ? isoOf(year, month, day) : undefined;
}
