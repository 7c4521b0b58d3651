import type { Locale } from "../i18n/locale";
import { formatNumber, type NumberParseOptions, parseNumber } from "./number";

/** Money is an integer number of đồng; the currency has no minor unit in use. */

/** Half away from zero, so -1.5 đồng and 1.5 đồng round symmetrically. */
function roundDong(amount: number): number {
  const rounded = Math.sign(amount) * Math.round(Math.abs(amount));
  return rounded === 0 ? 0 : rounded;
}

/**
 * "1.500.000 ₫" (en: "1,500,000 ₫"). The space is a plain U+0020, not the no-break space Intl
 * emits, so the text compares, copies and exports predictably. Fractions are rounded to đồng.
 */
export function formatMoney(amount: number, options: { locale?: Locale } = {}): string {
  if (!Number.isFinite(amount)) return "";
  return `${formatNumber(roundDong(amount), { locale: options.locale, maxFractionDigits: 0 })} ₫`;
}

// Unaccented spellings cover people typing without a Vietnamese keyboard.
const LEADING_CURRENCY = /^(?:vnđ|vnd|₫)\s*/;
const TRAILING_CURRENCY = /\s*(?:vnđ|vnd|đồng|dong|₫|đ|d)$/;
const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\s*(?:tỷ|tỉ|ty|ti)$/, 1e9],
  [/\s*(?:triệu|trieu|tr)$/, 1e6],
  [/\s*(?:nghìn|ngàn|nghin|ngan|k)$/, 1e3],
];

/**
 * Reads an amount in đồng: "1.500.000 ₫", "1.500.000đ", "1500000 VND", "1,5 triệu" → 1500000.
 * Multipliers: "tỷ"/"tỉ" (10⁹), "triệu"/"tr" (10⁶), "nghìn"/"ngàn"/"k" (10³). Numbers follow
 * parseNumber's separator rule. Fractions of a đồng (e.g. a spreadsheet's 1% of a salary) are
 * rounded; amounts beyond exact integer range or anything unreadable give undefined.
 */
export function parseMoney(
  input: string | number | null | undefined,
  options: NumberParseOptions = {},
): number | undefined {
  let amount: number | undefined;
  if (typeof input === "number") {
    amount = parseNumber(input);
  } else if (typeof input === "string") {
    // NFC because text pasted from some sources spells "ệ" as "e" plus combining marks.
    let text = input.normalize("NFC").trim().toLowerCase().replace(LEADING_CURRENCY, "");
    text = text.replace(TRAILING_CURRENCY, "");
    let multiplier = 1;
    for (const [pattern, factor] of MULTIPLIERS) {
      if (pattern.test(text)) {
        text = text.replace(pattern, "");
        multiplier = factor;
        break;
      }
    }
    const value = parseNumber(text, options);
    // toPrecision(15) removes the float noise of scaling (1,1 triệu = 1100000.0000000002).
    amount = value === undefined ? undefined : Number((value * multiplier).toPrecision(15));
  }
  if (amount === undefined) return undefined;
  const dong = roundDong(amount);
  return Number.isSafeInteger(dong) ? dong : undefined;
}
