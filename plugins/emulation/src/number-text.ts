/**
 * Numbers in the pages' text fields, the way each language writes them: Vietnamese "1.500" and
 * "8,5", English "1,500" and "8.5". Shared by the pages (web/) and kept here so it is tested.
 */
export type NumberLocale = "vi" | "en";

const formatters: Record<NumberLocale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 }),
};

/** The text an input shows for a stored number ("" when there is none). */
export function numberText(n: number | null | undefined, locale: NumberLocale): string {
  return n === null || n === undefined || !Number.isFinite(n) ? "" : formatters[locale].format(n);
}

/**
 * Reads what was typed, undefined when empty or not a number. The language decides only what is
 * ambiguous — one separator followed by exactly three digits ("1.500", "1,500") groups thousands in
 * the language that groups with it — so "8,5" and "8.5" both read 8.5 whichever language the page
 * was in when the field was filled.
 */
export function readNumber(text: string, locale: NumberLocale): number | undefined {
  const s = text.trim().replace(/[\s\u00a0]/g, "");
  if (!s) return undefined;
  const sign = /^[-−]/.test(s) ? -1 : 1;
  const body = s.replace(/^[-+−]/, "");
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return undefined;
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the later one is the decimal mark, the other groups thousands.
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction = "", ...more] = body.split(decimal);
    if (more.length || !/^\d+$/.test(fraction)) return undefined;
    const groups = whole.split(group);
    if (!/^\d{1,3}$/.test(groups[0]!) || !groups.slice(1).every((g) => /^\d{3}$/.test(g))) return undefined;
    normal = body.split(group).join("").replace(decimal, ".");
  } else {
    const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : "";
    if (!mark) normal = body;
    else {
      const parts = body.split(mark);
      const grouped = /^\d{1,3}$/.test(parts[0]!) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
      const groupsHere = mark === (locale === "vi" ? "." : ",");
      if (parts.length > 2) {
        if (!grouped) return undefined;
        normal = parts.join("");
      } else normal = grouped && groupsHere ? parts.join("") : parts.join(".");
    }
  }
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : undefined;
}
