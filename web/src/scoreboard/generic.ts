import { formatDate, formatNumber, isDateOnlyString } from "../i18n/format";
import { type Locale, localized } from "../i18n/locale";

type Text = string | { vi: string; en?: string };

export interface GenericColumn {
  key: string;
  label: Text;
}

/** The shape a scoreboard endpoint returns when its plugin has no custom web component. */
export interface GenericScoreboard {
  title?: Text;
  columns: GenericColumn[];
  rows: Record<string, unknown>[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is Text {
  return typeof value === "string" || (isRecord(value) && typeof value.vi === "string");
}

/** Validates untrusted JSON before rendering; undefined when it is not the generic format. */
export function parseGenericScoreboard(data: unknown): GenericScoreboard | undefined {
  if (!isRecord(data) || !Array.isArray(data.columns) || !Array.isArray(data.rows)) return undefined;
  const columnsOk = data.columns.every((c) => isRecord(c) && typeof c.key === "string" && isText(c.label));
  if (!columnsOk || !data.rows.every(isRecord)) return undefined;
  if (data.title !== undefined && !isText(data.title)) return undefined;
  return data as unknown as GenericScoreboard;
}

export function textFor(text: Text, locale: Locale): string {
  return typeof text === "string" ? text : localized(text, locale);
}

export interface FormattedCell {
  text: string;
  /** Numbers are right-aligned so digits line up. */
  numeric: boolean;
}

/** Numbers and dates the Vietnamese way; `{vi,en}` objects in the current language. */
export function formatCell(value: unknown, locale: Locale): FormattedCell {
  if (typeof value === "number") return { text: formatNumber(value), numeric: true };
  if (typeof value === "string")
    return { text: isDateOnlyString(value) ? formatDate(value) : value, numeric: false };
  if (value === null || value === undefined) return { text: "—", numeric: false };
  if (isText(value)) return { text: textFor(value, locale), numeric: false };
  return { text: String(value), numeric: false };
}

/** A column is numeric when every filled cell is a number; its header then aligns with the digits. */
export function isNumericColumn(rows: readonly Record<string, unknown>[], key: string): boolean {
  const filled = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
  return filled.length > 0 && filled.every((v) => typeof v === "number");
}
