import type { Locale } from "@congdoan/core";
import { defaultLocale, todayIso } from "@congdoan/core";
import { type HeaderMapping, type MemberImportRow, mapHeaders, memberFieldLabels } from "./member-row";
import { problemMessage } from "./messages";
import { type ImportIssue, RowReader } from "./row-reader";
import type { CellValue } from "./table";

export type { ImportIssue } from "./row-reader";

export interface PreviewOptions {
  headers: readonly string[];
  rows: readonly (readonly CellValue[])[];
  /** Every unit id of the tenant's tree (lower-case slugs). */
  knownUnitIds: ReadonlySet<string>;
  /** The units the importing user may write to; omitted means all known units. */
  allowedUnitIds?: ReadonlySet<string>;
  locale?: Locale;
  /** Sheet row of the header, as the readers report it; 1 by default. */
  headerRow?: number;
  /** ISO date the plausibility checks count from; Vietnam's today by default. */
  today?: string;
}

export interface ImportPreview {
  valid: MemberImportRow[];
  /** Sheet row of each entry of `valid`, index for index, for messages after a failed save. */
  validRows: number[];
  /** In sheet order; a row with several problems has one entry per problem. */
  errors: ImportIssue[];
  /** Sorted, unique row numbers that have at least one error. */
  badRows: number[];
  /** Rows that repeat an earlier row's member (the first occurrence is not counted). */
  duplicatesInFile: number;
  /** Non-blank data rows read. */
  dataRows: number;
  /** Which header of the file each recognised field was read from. */
  columns: HeaderMapping["headerOf"];
  /** Headers that were not used, e.g. "STT" or "Ghi chú", so the screen can say so. */
  ignoredColumns: string[];
}

const MIN_MEMBER_AGE = 15;

/** Checks every row of a member file without writing anything: what would be imported, and why not. */
export function previewImport(options: PreviewOptions): ImportPreview {
  const locale = options.locale ?? defaultLocale;
  const headerRow = options.headerRow ?? 1;
  const mapping = mapHeaders(options.headers);
  const preview: ImportPreview = {
    valid: [],
    validRows: [],
    errors: [],
    badRows: [],
    duplicatesInFile: 0,
    dataRows: 0,
    columns: mapping.headerOf,
    ignoredColumns: mapping.ignored,
  };

  if (mapping.missing.length > 0) {
    const params = {
      row: headerRow,
      missing: mapping.missing.map((field) => memberFieldLabels[field][locale]),
      found: options.headers.map((header) => header.trim()).filter(Boolean),
    };
    preview.errors.push({
      row: headerRow,
      code: "missing_columns",
      message: problemMessage(locale, "missing_columns", params),
    });
    preview.badRows.push(headerRow);
    preview.dataRows = options.rows.filter((cells) => !isBlankRow(cells)).length;
    return preview;
  }

  const today = options.today ?? todayIso();
  const reader = new RowReader({
    locale,
    mapping,
    knownUnitIds: options.knownUnitIds,
    allowedUnitIds: options.allowedUnitIds,
    today,
    latestBirth: `${String(Number(today.slice(0, 4)) - MIN_MEMBER_AGE).padStart(4, "0")}${today.slice(4)}`,
  });
  const { rows } = options;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] ?? [];
    if (isBlankRow(cells)) continue;
    preview.dataRows++;
    const row = headerRow + 1 + index;
    const outcome = reader.read(cells, row);
    if (reader.duplicate) preview.duplicatesInFile++;
    if (Array.isArray(outcome)) {
      preview.errors.push(...outcome);
      preview.badRows.push(row);
    } else {
      preview.valid.push(outcome);
      preview.validRows.push(row);
    }
  }
  return preview;
}

function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === "string" && cell.trim() === "") continue;
    return false;
  }
  return true;
}
