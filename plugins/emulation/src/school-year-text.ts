/**
 * A school year typed in a page, the way it is shown or written: "2022–2023" (en dash, as the pages
 * display it), "2022 - 2023", "Năm học 2022 — 2023" → "2022-2023", the form the API takes.
 * Undefined when it is not two consecutive years. Kept free of imports: the pages bundle it.
 */
export function readSchoolYearText(text: string): string | undefined {
  const m = /^(?:n[aă]m h[oọ]c\s*:?\s*)?(\d{4})\s*[-‐‑‒–—−/]\s*(\d{4})$/i.exec(text.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return to === from + 1 ? `${from}-${to}` : undefined;
}
