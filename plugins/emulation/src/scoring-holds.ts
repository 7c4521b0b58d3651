/**
 * How a refused criteria change (409) names the results holding the criteria, in the error's
 * `details`: `{ scoredResults: { total, listed: [{ schoolYear, unitId, unitName }] } }`. Written by
 * the API, read back by the movement edit page.
 */
export interface ScoringHold {
  schoolYear: string;
  unitId: string;
  unitName: string;
}

export interface ScoringHolds {
  total: number;
  listed: ScoringHold[];
}

export function holdsAsDetails(total: number, listed: readonly ScoringHold[]) {
  return { scoredResults: { total, listed: [...listed] } };
}

const isHold = (value: unknown): value is ScoringHold => {
  const h = value as ScoringHold;
  return (
    typeof h === "object" &&
    h !== null &&
    typeof h.schoolYear === "string" &&
    typeof h.unitId === "string" &&
    typeof h.unitName === "string"
  );
};

/** The holds a refusal's details name; none for other refusals (a version conflict, a field error). */
export function holdsFromDetails(details: Record<string, unknown> | undefined): ScoringHolds | undefined {
  const held = details?.scoredResults as Partial<ScoringHolds> | undefined;
  if (!held || !Number.isInteger(held.total) || (held.total ?? 0) < 1 || !Array.isArray(held.listed))
    return undefined;
  return { total: held.total!, listed: held.listed.filter(isHold) };
}
