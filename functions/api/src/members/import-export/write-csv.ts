import type { CsvDelimiter } from "./parse-csv";

export interface WriteCsvOptions {
  delimiter?: CsvDelimiter;
}

/** RFC 4180 text with CRLF line ends; a field is quoted only when it has to be. */
export function writeCsv(rows: readonly (readonly string[])[], options: WriteCsvOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const needsQuotes = new RegExp(`["\\r\\n${delimiter === "\t" ? "\\t" : delimiter}]|^\\s|\\s$`);
  const field = (value: string) => (needsQuotes.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => `${row.map(field).join(delimiter)}\r\n`).join("");
}
