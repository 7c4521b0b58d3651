/**
 * Excel refuses a workbook whose sheet name has one of : \ / ? * [ ], starts or ends with an
 * apostrophe, is empty, is longer than 31 characters, or repeats another sheet's name (ignoring case).
 */
export function sheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  const clean = wanted
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in names.
    .replace(/[:\\/?*[\]\u0000-\u001f]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cut(clean || "Sheet", 31);
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${cut(base, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

/** Cuts by code points so a surrogate pair is never split. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("").trimEnd();
}
