import type { Locale } from "../i18n/locale";

export interface NumberFormatOptions {
  locale?: Locale;
  /** Trailing zeros are kept down to this many fraction digits. Default 0. */
  minFractionDigits?: number;
  /** Rounding precision (half away from zero). Default 2. */
  maxFractionDigits?: number;
}

export interface NumberParseOptions {
  locale?: Locale;
}

interface Separators {
  group: string;
  decimal: string;
}

const separators: Record<Locale, Separators> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

const DEFAULT_MAX_FRACTION_DIGITS = 2;
// A double has at most 17 significant digits, so more fraction digits than this only pad zeros.
const MAX_FRACTION_DIGITS = 20;

function clampDigits(digits: number | undefined, fallback: number): number {
  if (digits === undefined || !Number.isFinite(digits)) return fallback;
  return Math.min(MAX_FRACTION_DIGITS, Math.max(0, Math.trunc(digits)));
}

/** Plain decimal digits of a non-negative finite number, expanding "1.5e-7" and "1e+21". */
function decimalParts(abs: number): { integer: string; fraction: string } {
  const [mantissa = "0", exponentText] = String(abs).split("e");
  const [whole = "0", part = ""] = mantissa.split(".");
  const exponent = Number(exponentText ?? 0);
  const digits = whole + part;
  const point = whole.length + exponent;
  if (point <= 0) return { integer: "0", fraction: "0".repeat(-point) + digits };
  if (point >= digits.length) return { integer: digits + "0".repeat(point - digits.length), fraction: "" };
  return { integer: digits.slice(0, point), fraction: digits.slice(point) };
}

/**
 * Rounds |value| half away from zero to `digits` decimals, scaled to an integer. It works on
 * the shortest decimal text of the double, which is what the user sees, so 1.005 rounds to
 * 1.01 even though the double is slightly below 1.005.
 */
function scaledDigits(abs: number, digits: number): bigint {
  const { integer, fraction } = decimalParts(abs);
  const kept = BigInt(integer + fraction.slice(0, digits).padEnd(digits, "0"));
  return (fraction[digits] ?? "0") >= "5" ? kept + 1n : kept;
}

function groupDigits(integerDigits: string, group: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/**
 * Vietnamese by default: "." groups thousands, "," marks decimals (2152 → "2.152").
 * Built by hand rather than with Intl because Node builds with small-icu lack vi-VN data.
 * Non-finite values format as "" so a broken figure shows as blank, not "NaN".
 */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return "";
  const { group, decimal } = separators[options.locale ?? "vi"];
  const minDigits = clampDigits(options.minFractionDigits, 0);
  const maxDigits = Math.max(minDigits, clampDigits(options.maxFractionDigits, DEFAULT_MAX_FRACTION_DIGITS));

  const scaled = scaledDigits(Math.abs(value), maxDigits);
  const digits = scaled.toString().padStart(maxDigits + 1, "0");
  const integerPart = digits.slice(0, digits.length - maxDigits);
  let fraction = digits.slice(digits.length - maxDigits);
  while (fraction.length > minDigits && fraction.endsWith("0")) fraction = fraction.slice(0, -1);

  // No "-0" when a tiny negative rounds away.
  const sign = value < 0 && scaled !== 0n ? "-" : "";
  return `${sign}${groupDigits(integerPart, group)}${fraction ? decimal + fraction : ""}`;
}

/** Removes the float noise of scaling (0.145 * 100 = 14.499999999999998). */
function cleanFloat(value: number): number {
  return Number(value.toPrecision(15));
}

/**
 * `ratio` is a fraction (0.87 → "87%"). Digits are fixed, not trimmed, so a column of
 * percentages lines up ("94,0%" next to "94,1%"). Vietnamese writes no space before "%".
 */
export function formatPercent(ratio: number, fractionDigits = 0, options: { locale?: Locale } = {}): string {
  if (!Number.isFinite(ratio)) return "";
  const digits = clampDigits(fractionDigits, 0);
  const text = formatNumber(cleanFloat(ratio * 100), {
    locale: options.locale,
    minFractionDigits: digits,
    maxFractionDigits: digits,
  });
  return `${text}%`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface NumberPatterns {
  grouped: RegExp;
  spaceGrouped: RegExp;
  plain: RegExp;
  groupAsDecimal: RegExp;
}

function patternsFor({ group, decimal }: Separators): NumberPatterns {
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  return {
    grouped: new RegExp(`^[1-9]\\d{0,2}(?:${g}\\d{3})+(?:${d}\\d+)?$`),
    spaceGrouped: new RegExp(`^[1-9]\\d{0,2}(?:[ \\u00A0\\u202F]\\d{3})+(?:${d}\\d+)?$`),
    plain: new RegExp(`^\\d*(?:${d}\\d+)?$`),
    groupAsDecimal: new RegExp(`^\\d*${g}\\d+$`),
  };
}

const patterns: Record<Locale, NumberPatterns> = {
  vi: patternsFor(separators.vi),
  en: patternsFor(separators.en),
};

function normalizeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * Reads a number as a Vietnamese user types it or a spreadsheet holds it.
 *
 * Ambiguity rule (Vietnamese; the English locale mirrors it with the two marks swapped):
 * - "," is always the decimal mark, and at most one may appear ("1,2,3" is rejected).
 * - "." is a thousands separator when every "." is followed by exactly 3 digits and the first
 *   group is 1–3 digits without a leading zero: "2.152" → 2152, "1.500.000,5" → 1500000.5.
 * - Otherwise a single "." is a decimal point, as exported by English spreadsheets:
 *   "1.5" → 1.5, "12.25" → 12.25, "0.500" → 0.5 (nobody writes 500 as "0.500").
 * - Spaces may group thousands ("1 500 000"), again only in groups of 3.
 * Anything else, including "", gives undefined: never NaN, never a throw.
 */
export function parseNumber(
  input: string | number | null | undefined,
  options: NumberParseOptions = {},
): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? normalizeZero(input) : undefined;
  if (typeof input !== "string") return undefined;

  const match = /^([+\-\u2212]?)\s*(.*)$/.exec(input.trim());
  const body = match?.[2] ?? "";
  if (!/\d/.test(body)) return undefined;
  const negative = match?.[1] === "-" || match?.[1] === "\u2212";

  const { group, decimal } = separators[options.locale ?? "vi"];
  const { grouped, spaceGrouped, plain, groupAsDecimal } = patterns[options.locale ?? "vi"];

  let canonical: string;
  if (grouped.test(body) || spaceGrouped.test(body) || plain.test(body)) {
    canonical = body.replace(/\s/g, "").split(group).join("").replace(decimal, ".");
  } else if (groupAsDecimal.test(body)) {
    canonical = body.replace(group, ".");
  } else {
    return undefined;
  }

  const value = Number(canonical);
  if (!Number.isFinite(value)) return undefined;
  return normalizeZero(negative ? -value : value);
}

/**
 * "12,5%" → 0.125. The "%" is optional: a percentage column holds percentage points, so
 * "87" → 0.87. A number is taken as already a ratio, which is how spreadsheets store
 * percentage cells.
 */
export function parsePercent(
  input: string | number | null | undefined,
  options: NumberParseOptions = {},
): number | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? normalizeZero(input) : undefined;
  if (typeof input !== "string") return undefined;
  const points = parseNumber(input.trim().replace(/\s*%$/, ""), options);
  return points === undefined ? undefined : normalizeZero(cleanFloat(points / 100));
}
