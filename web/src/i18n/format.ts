// Vietnamese conventions, used whatever the UI language: "." groups thousands, "," marks
// decimals, dates are dd/mm/yyyy in Vietnam time. Deliberately not Intl-based so output
// does not depend on the browser's ICU data. Temporary until @congdoan/core's format lands.

/** Vietnam has a fixed UTC+7 offset and no daylight saving, so a constant is exact. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 2152 → "2.152"; 1234.5 → "1.234,5". Up to `maxFractionDigits` decimals, trailing zeros dropped. */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return "—";
  const fixed = Math.abs(value).toFixed(maxFractionDigits);
  const [intPart = "0", fracPart = ""] = fixed.split(".");
  const fraction = fracPart.replace(/0+$/, "");
  const isZero = /^0*$/.test(intPart + fraction);
  const sign = value < 0 && !isZero ? "-" : "";
  return `${sign}${groupThousands(intPart)}${fraction ? `,${fraction}` : ""}`;
}

/** 1500000 → "1.500.000 ₫" (đồng has no minor unit in practice, so it is rounded). */
export function formatCurrency(value: number): string {
  return `${formatNumber(Math.round(value), 0)} ₫`;
}

export function isDateOnlyString(value: string): boolean {
  return DATE_ONLY.test(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Shifts an instant to Vietnam wall-clock time, read back through the UTC getters. */
function toVietnamTime(input: Date | string | number): Date | undefined {
  const date = input instanceof Date ? input : new Date(input);
  const time = date.getTime();
  return Number.isNaN(time) ? undefined : new Date(time + VIETNAM_OFFSET_MS);
}

/**
 * "2026-11-23" → "23/11/2026". Date-only strings are taken literally (no time zone shift);
 * instants (Date, timestamp, ISO date-time) are shown as the date in Vietnam. Invalid → "".
 */
export function formatDate(input: Date | string | number): string {
  if (typeof input === "string") {
    const m = DATE_ONLY.exec(input);
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  const d = toVietnamTime(input);
  if (!d) return "";
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Instant → "23/11/2026 14:05" in Vietnam time. Invalid → "". */
export function formatDateTime(input: Date | string | number): string {
  const d = toVietnamTime(input);
  if (!d) return "";
  const date = `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  return `${date} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}
