/**
 * The most people one conference counts (in a group or in total): far above any school's staff, low
 * enough that a slip of the finger (99999999999) is caught beside the field instead of being shown as
 * a quorum. The API refuses more with the same limit.
 */
export const MAX_PEOPLE = 10_000;

export type HeadcountProblem = "wholeNumber" | "tooMany";

/** What is wrong with a typed number of people, if anything ("" is not a problem: not filled in yet). */
export function headcountProblem(text: string): HeadcountProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (!/^\d+$/.test(trimmed)) return "wholeNumber";
  return Number(trimmed) > MAX_PEOPLE ? "tooMany" : undefined;
}
