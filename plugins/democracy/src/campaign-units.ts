import type { ComplianceRow } from "./model";

/** Filters of a campaign's unit list (trạng thái): all, not yet held, held, late, held without quorum. */
export const unitFilters = ["all", "not-held", "held", "late", "no-quorum"] as const;
export type UnitFilter = (typeof unitFilters)[number];

/** "Trường THCS Nhân Chính" → "truong thcs nhan chinh": search ignores case and Vietnamese marks. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Late (muộn): held after the deadline, or required and still not held once the deadline has
 * passed. `today` and `deadline` are ISO dates.
 */
export function isLate(row: ComplianceRow, deadline: string, today: string): boolean {
  if (!row.required) return false;
  if (row.status === "held") return !row.onTime;
  return today > deadline;
}

export function matchesFilter(row: ComplianceRow, filter: UnitFilter, deadline: string, today: string) {
  switch (filter) {
    case "all":
      return true;
    case "not-held":
      return row.required && row.status !== "held";
    case "held":
      return row.status === "held";
    case "late":
      return isLate(row, deadline, today);
    case "no-quorum":
      return row.status === "held" && !row.quorumMet;
  }
}

export interface UnitPage {
  items: ComplianceRow[];
  /** Rows matching the search and the filter. */
  total: number;
  /** Rows matching the search, per filter (for the filter's labels). */
  counts: Record<UnitFilter, number>;
  cursor?: string;
}

/**
 * One page of a campaign's units: search by name or id, filter by status, sorted by name; the
 * cursor is the offset of the next page (the rows come from a handful of summary items already read).
 */
export function pageOfUnits(
  rows: ComplianceRow[],
  input: { q?: string; filter: UnitFilter; deadline: string; today: string; offset: number; limit: number },
): UnitPage {
  const q = input.q ? fold(input.q) : "";
  const found = q
    ? rows.filter((r) => fold(r.unitName).includes(q) || r.unitId.includes(q.replace(/ /g, "-")))
    : rows;
  const counts = Object.fromEntries(
    unitFilters.map((f) => [f, found.filter((r) => matchesFilter(r, f, input.deadline, input.today)).length]),
  ) as Record<UnitFilter, number>;
  const matching = found
    .filter((r) => matchesFilter(r, input.filter, input.deadline, input.today))
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi") || a.unitId.localeCompare(b.unitId));
  const items = matching.slice(input.offset, input.offset + input.limit);
  const next = input.offset + items.length;
  return {
    items,
    total: matching.length,
    counts,
    ...(next < matching.length ? { cursor: String(next) } : {}),
  };
}
