/**
 * An amount of money in Vietnamese words, as written on receipts and payment vouchers:
 * 1.500.000 → "Một triệu năm trăm nghìn đồng". Rules: "mốt" for a 1 after twenty and up
 * (hai mươi mốt, but mười một), "lăm" for a 5 after a ten (mười lăm, hai mươi lăm), "linh" for a
 * zero ten before a unit (một trăm linh một), and "không trăm" when a group after the first has no
 * hundreds (hai triệu không trăm năm mươi nghìn). Whole đồng from 0 up to 999.999 tỷ.
 */
const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const SCALES = ["", "nghìn", "triệu"] as const;

/** Three digits; `full` when a higher group came before (so 50 reads "không trăm năm mươi"). */
function group(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h]!, "trăm");
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push("linh");
  } else if (t === 1) {
    words.push("mười");
  } else {
    words.push(DIGITS[t]!, "mươi");
  }
  if (u > 0) {
    if (u === 5 && t > 0) words.push("lăm");
    else if (u === 1 && t > 1) words.push("mốt");
    else words.push(DIGITS[u]!);
  }
  return words;
}

/** Below one tỷ: up to three groups (triệu, nghìn, units). */
function belowBillion(n: number, full: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor((n % 1_000_000) / 1000), n % 1000];
  const words: string[] = [];
  let started = full;
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(...group(g, started));
    const scale = SCALES[2 - i];
    if (scale) words.push(scale);
    started = true;
  });
  return words;
}

function numberWords(n: number): string[] {
  if (n < 1_000_000_000) return belowBillion(n, false);
  const billions = Math.floor(n / 1_000_000_000);
  const rest = n % 1_000_000_000;
  return [...numberWords(billions), "tỷ", ...(rest > 0 ? belowBillion(rest, true) : [])];
}

export function moneyInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError("amount must be whole đồng ≥ 0");
  const words = amount === 0 ? ["không"] : numberWords(amount);
  const text = `${words.join(" ")} đồng`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
