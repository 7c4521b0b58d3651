const GROUPED = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;

/**
 * A number typed the Vietnamese way: "2.152" → 2152, "1,5" → 1.5, "1.500.000" → 1500000.
 * "1.5" is refused rather than guessed (it means nothing in Vietnamese notation). Empty → undefined.
 */
export function parseVietnameseNumber(text: string): number | undefined | "invalid" {
  const compact = text.replace(/[\s\u00a0]/g, "");
  if (compact === "") return undefined;
  let normal: string;
  if (GROUPED.test(compact)) normal = compact.replace(/\./g, "").replace(",", ".");
  else if (PLAIN.test(compact)) normal = compact.replace(",", ".");
  else return "invalid";
  const value = Number(normal);
  return Number.isFinite(value) ? value : "invalid";
}
