import type { Locale } from "@congdoan/core";
import { defaultLocale } from "@congdoan/core";
import { ImportFileError } from "./file-error";
import { locateHeader } from "./member-row";
import { sniffFile } from "./sniff";
import type { ImportTable } from "./table";

export type CsvDelimiter = "," | ";" | "\t";

export interface CsvTable extends ImportTable {
  rows: string[][];
  delimiter: CsvDelimiter;
}

export interface CsvOptions {
  /** Language of the error thrown for an unreadable file. */
  locale?: Locale;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a CSV as Excel writes it: RFC 4180 quoting (delimiters, quotes and line breaks inside quoted
 * fields), CRLF, LF or CR line ends, UTF-8 with or without BOM, and "," or ";" or tab as delimiter,
 * chosen from the header line (Excel in a Vietnamese locale writes ";"). An Excel "sep=;" first line
 * is honoured. Title lines above the header are skipped (see locateHeader). Refuses, with an ImportFileError, any input that would otherwise turn into mojibake.
 */
export function parseCsv(input: Uint8Array | string, options: CsvOptions = {}): CsvTable {
  const locale = options.locale ?? defaultLocale;
  let text = typeof input === "string" ? input : decodeUtf8(input, locale);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const replaced = text.indexOf("\uFFFD");
  if (replaced !== -1) throw new ImportFileError("replacement_chars", locale, lineOf(text, replaced));

  let start = 0;
  let delimiter: CsvDelimiter | undefined;
  const directive = /^sep=([,;\t])(\r\n|\n|\r)/i.exec(text.slice(0, 8));
  if (directive) {
    delimiter = directive[1] as CsvDelimiter;
    start = directive[0].length;
  }
  delimiter ??= detectDelimiter(text, start);

  const records = readRecords(text, start, delimiter, locale);
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();
  const headerIndex = locateHeader(records);
  if (headerIndex === -1) return { headers: [], rows: [], headerRow: 1, delimiter };
  return {
    headers: records[headerIndex]!,
    rows: records.slice(headerIndex + 1),
    headerRow: headerIndex + 1,
    delimiter,
  };
}

function decodeUtf8(bytes: Uint8Array, locale: Locale): string {
  const kind = sniffFile(bytes);
  if (kind === "xlsx") throw new ImportFileError("xlsx_as_csv", locale);
  if (kind === "legacy-xls") throw new ImportFileError("legacy_xls", locale);
  if (kind === "utf16") throw new ImportFileError("utf16", locale);
  try {
    // The decoder drops a UTF-8 BOM itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidByte(bytes);
    let row = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === LF) row++;
    throw new ImportFileError("not_utf8", locale, row);
  }
}

/**
 * Offset of the first byte that breaks UTF-8. Only on the error path: a streaming decoder accepts any
 * prefix that is valid so far, so validity of prefixes is monotonic and can be bisected.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const validPrefix = (length: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (validPrefix(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The delimiter that occurs most often outside quotes on the header line; "," on a tie. */
function detectDelimiter(text: string, start: number): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  let seenText = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      quoted = !quoted;
      seenText = true;
    } else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") {
      // Blank lines above the header do not count as the header line.
      if (seenText) break;
    } else if (ch === "," || ch === ";" || ch === "\t") counts[ch]++;
    else if (ch !== " ") seenText = true;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

function readRecords(text: string, start: number, delimiter: CsvDelimiter, locale: Locale): string[][] {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  let record: string[] = [];
  let i = start;
  if (i >= n) return records;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      field = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new ImportFileError("unterminated_quote", locale, records.length + 1);
        field += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Text after the closing quote (`"a"b`) is not RFC 4180, but Excel keeps it, and so do we.
      const end = fieldEnd(text, i, delim);
      if (end > i) field += text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, delim);
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);

    if (i >= n) {
      records.push(record);
      return records;
    }
    const ch = text.charCodeAt(i);
    if (ch === delim) {
      i++;
      if (i >= n) {
        record.push("");
        records.push(record);
        return records;
      }
      continue;
    }
    records.push(record);
    record = [];
    i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (i >= n) return records;
  }
}

function fieldEnd(text: string, from: number, delim: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === delim || ch === LF || ch === CR) break;
  }
  return i;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((field) => field.trim() === "");
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === LF) line++;
  return line;
}
