import type { Locale } from "@congdoan/core";
import { parseCsv } from "./parse-csv";
import { parseXlsx } from "./parse-xlsx";
import { sniffFile } from "./sniff";
import type { ImportTable } from "./table";

export interface ParsedImportFile extends ImportTable {
  format: "csv" | "xlsx";
}

/**
 * Reads an uploaded member list by its content, not its name: users rename .xlsx files to .csv and
 * browsers send either with odd Content-Types.
 */
export async function parseImportFile(
  bytes: Uint8Array,
  options: { locale?: Locale } = {},
): Promise<ParsedImportFile> {
  if (sniffFile(bytes) === "xlsx") return { ...(await parseXlsx(bytes, options)), format: "xlsx" };
  return { ...parseCsv(bytes, options), format: "csv" };
}
