import type { WebLocale } from "@congdoan/plugin-sdk/web";

export { numberText as inputNumber } from "../src/number-text";

/** Vietnamese conventions: 2.152; 93,33; 23/11/2026; school years with an en dash. */
export const num = (n: number | null | undefined, locale: WebLocale = "vi", digits = 2): string =>
  n === null || n === undefined
    ? "—"
    : new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: digits }).format(n);

export const date = (iso: string | undefined): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "—";
};

export const year = (label: string): string => label.replace("-", "–");

/** The current school year (September → August), e.g. "2025-2026". */
export function currentSchoolYear(now = new Date()): string {
  const y = now.getFullYear();
  const started = now.getMonth() > 8 || (now.getMonth() === 8 && now.getDate() >= 5);
  return started ? `${y}-${y + 1}` : `${y - 1}-${y}`;
}
