import { daysInMonth, isValidCalendarDate, todayIso } from "../format/date";

/**
 * A school year ("năm học") is identified by a label "2022-2023" (ASCII hyphen, used as id and
 * in storage) and displayed as "2022–2023" (en dash).
 *
 * parse* functions read user or spreadsheet text and return undefined when it is unreadable.
 * The other functions take values the system produced (ISO dates, labels, rules) and throw a
 * RangeError when given a malformed one, because that is a bug, not a user mistake.
 */

/** When a tenant's school year starts. Month 1–12; the day must exist in every year (no 29/02). */
export type SchoolYearRule = { startMonth: number; startDay: number };

/** The Ministry's usual calendar: classes start on 05/09. */
export const DEFAULT_SCHOOL_YEAR_RULE: Readonly<SchoolYearRule> = Object.freeze({
  startMonth: 9,
  startDay: 5,
});

export interface SchoolYearRange {
  /** ISO date of the start day. */
  start: string;
  /** ISO date of the last day of the month before the start month. */
  end: string;
}

/** A multi-year span such as an emulation movement "2022-2025". */
export interface Period {
  from: number;
  to: number;
}

function assertRule(rule: SchoolYearRule): void {
  const { startMonth, startDay } = rule;
  // A non-leap year decides validity: a start that does not exist every year is unusable.
  if (!isValidCalendarDate(2001, startMonth, startDay)) {
    throw new RangeError(`Invalid school year rule: ${startDay}/${startMonth}`);
  }
}

function isoDateParts(isoDate: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const parts: [number, number, number] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (!match || !isValidCalendarDate(...parts)) throw new RangeError(`Invalid ISO date: ${isoDate}`);
  return parts;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

function labelOf(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

function startYearOf(label: string): number {
  const canonical = parseSchoolYear(label);
  if (canonical === undefined) throw new RangeError(`Invalid school year: ${label}`);
  return Number(canonical.slice(0, 4));
}

/**
 * The school year a date belongs to: a date before the start day counts with the previous
 * year, so with the default rule 2023-09-04 → "2022-2023" and 2023-09-05 → "2023-2024".
 * That includes the gap after schoolYearRange's end (01/09–04/09), see schoolYearRange.
 */
export function schoolYearOf(isoDate: string, rule: SchoolYearRule = DEFAULT_SCHOOL_YEAR_RULE): string {
  assertRule(rule);
  const [year, month, day] = isoDateParts(isoDate);
  const started = month > rule.startMonth || (month === rule.startMonth && day >= rule.startDay);
  return labelOf(started ? year : year - 1);
}

/**
 * Official span of a school year: from the start day to the last day of the month before the
 * start month, e.g. "2022-2023" → 05/09/2022 to 31/08/2023, as the sector's documents state it.
 * The days between that end and the next start (01/09–04/09) belong to no official span, yet
 * schoolYearOf assigns them to the year just ended: nothing new has begun yet.
 * The label may be in any form parseSchoolYear accepts.
 */
export function schoolYearRange(
  label: string,
  rule: SchoolYearRule = DEFAULT_SCHOOL_YEAR_RULE,
): SchoolYearRange {
  assertRule(rule);
  const startYear = startYearOf(label);
  const start = `${startYear}-${pad2(rule.startMonth)}-${pad2(rule.startDay)}`;
  // For a January start the month before is December of the start year itself.
  const endYear = rule.startMonth === 1 ? startYear : startYear + 1;
  const endMonth = rule.startMonth === 1 ? 12 : rule.startMonth - 1;
  const end = `${endYear}-${pad2(endMonth)}-${pad2(daysInMonth(endYear, endMonth))}`;
  return { start, end };
}

// Hyphen, en dash, em dash, minus sign or slash, with optional spaces: all appear in real files.
const YEAR_PAIR = /^(\d{4})\s*[-\u2013\u2014\u2212/]\s*(\d{4})$/;

function yearPairOf(text: string, prefix: RegExp): [number, number] | undefined {
  const match = YEAR_PAIR.exec(text.normalize("NFC").trim().replace(prefix, ""));
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2])];
}

/**
 * Reads "2022-2023", "2022–2023", "2022 - 2023", "2022/2023" or "Năm học 2022-2023" and returns
 * the label "2022-2023". Years must have 4 digits ("22-23" is rejected) and be consecutive.
 */
export function parseSchoolYear(text: string | null | undefined): string | undefined {
  if (typeof text !== "string") return undefined;
  const pair = yearPairOf(text, /^(?:năm học|nam hoc)\s*:?\s*/i);
  if (!pair || pair[0] < 1000 || pair[1] !== pair[0] + 1) return undefined;
  return labelOf(pair[0]);
}

/** "2022–2023" for display (en dash). Gives "" for an unreadable label, like the date formatters. */
export function formatSchoolYear(label: string): string {
  const canonical = parseSchoolYear(label);
  return canonical === undefined ? "" : canonical.replace("-", "\u2013");
}

export function nextSchoolYear(label: string): string {
  return labelOf(startYearOf(label) + 1);
}

export function previousSchoolYear(label: string): string {
  return labelOf(startYearOf(label) - 1);
}

/** Uses today's date in Vietnam, whatever the server's time zone. */
export function currentSchoolYear(
  now: Date = new Date(),
  rule: SchoolYearRule = DEFAULT_SCHOOL_YEAR_RULE,
): string {
  return schoolYearOf(todayIso(now), rule);
}

/**
 * Reads a multi-year period "2022-2025" (same separators as school years, optional
 * "Giai đoạn" prefix). `to` must be after `from`; a single school year "2022-2023" is a valid
 * one-year period.
 */
export function parsePeriod(text: string | null | undefined): Period | undefined {
  if (typeof text !== "string") return undefined;
  const pair = yearPairOf(text, /^(?:giai đoạn|giai doan)\s*:?\s*/i);
  if (!pair || pair[0] < 1000 || pair[1] <= pair[0]) return undefined;
  return { from: pair[0], to: pair[1] };
}

/** "2022–2025" for display (en dash). */
export function formatPeriod(period: Period): string {
  return `${period.from}\u2013${period.to}`;
}

/** The school years a period covers: 2022-2025 → "2022-2023", "2023-2024", "2024-2025". */
export function schoolYearsInPeriod(period: Period): string[] {
  if (!Number.isInteger(period.from) || !Number.isInteger(period.to) || period.to <= period.from) {
    throw new RangeError(`Invalid period: ${period.from}-${period.to}`);
  }
  const labels: string[] = [];
  for (let year = period.from; year < period.to; year++) labels.push(labelOf(year));
  return labels;
}
