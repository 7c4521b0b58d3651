import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { type ChildTextField, childTextRules, lengthProblem } from "../src/nomination-limits";
import { parseDecimal } from "./form-kit";
import { count, fill, readDate, textFor } from "./text";

/**
 * The nomination form's logic without the page: which fields are required, what is wrong with each
 * (all at once, beside each field, with the server's own words for lengths), the body to send, and
 * the unit's quota line. The page (`nominate-page.tsx`) only draws it; tests run it without a browser.
 */
export type NominationField =
  | "unitId"
  | "memberId"
  | "category"
  | "child.fullName"
  | "child.dateOfBirth"
  | "child.school"
  | "child.grade"
  | "child.schoolLevel"
  | "child.average"
  | "child.achievements"
  | "child.hardship";

export type NominationValues = Partial<Record<NominationField, string>>;

/** Marked * on the page; the API refuses a nomination without them. */
export const requiredFields: readonly NominationField[] = [
  "unitId",
  "memberId",
  "category",
  "child.fullName",
  "child.dateOfBirth",
  "child.school",
  "child.grade",
  "child.schoolLevel",
];

/**
 * A fresh form for a unit. No parent is chosen for the officer: a nomination filed under the first
 * member of the list would be filed under the wrong parent without anyone noticing.
 */
export const emptyNomination = (unitId: string): NominationValues => ({
  unitId,
  category: "hoc-gioi",
  "child.schoolLevel": "thcs",
});

export interface NominationBody {
  unitId: string;
  memberId: string;
  category: string;
  child: {
    fullName: string;
    dateOfBirth: string;
    school: string;
    grade: string;
    schoolLevel: string;
    average?: number;
    achievements: string;
    hardship: string;
  };
  evidenceKeys: string[];
}

const textFields: Record<ChildTextField, NominationField> = {
  fullName: "child.fullName",
  school: "child.school",
  grade: "child.grade",
  achievements: "child.achievements",
  hardship: "child.hardship",
};

/** Every problem of the form at once (field → message), and the body when there is none. */
export function checkNomination(
  values: NominationValues,
  evidenceKeys: string[],
  locale: WebLocale,
): { errors: Partial<Record<NominationField, string>>; body?: NominationBody } {
  const t = textFor(locale);
  const errors: Partial<Record<NominationField, string>> = {};
  const v = (k: NominationField) => (values[k] ?? "").trim();
  if (!v("unitId")) errors.unitId = t.unitRequired;
  if (!v("memberId")) errors.memberId = t.parentRequired;
  if (!v("category")) errors.category = t.required;
  if (!v("child.schoolLevel")) errors["child.schoolLevel"] = t.required;
  for (const [key, field] of Object.entries(textFields) as [ChildTextField, NominationField][]) {
    const problem = lengthProblem(childTextRules[key], values[field] ?? "");
    if (problem) errors[field] = problem[locale];
  }
  const typedDate = values["child.dateOfBirth"] ?? "";
  const dob = readDate(typedDate);
  if ("problem" in dob) {
    errors["child.dateOfBirth"] =
      dob.problem === "empty"
        ? t.required
        : dob.problem === "impossible"
          ? fill(t.impossibleDate, { date: typedDate.trim() })
          : t.badDate;
  }
  const average = parseDecimal(values["child.average"] ?? "");
  if (average !== undefined && (Number.isNaN(average) || average < 0 || average > 10))
    errors["child.average"] = t.marks;
  if (Object.keys(errors).length > 0 || !("iso" in dob)) return { errors };
  return {
    errors,
    body: {
      unitId: v("unitId"),
      memberId: v("memberId"),
      category: v("category"),
      child: {
        fullName: v("child.fullName"),
        dateOfBirth: dob.iso,
        school: v("child.school"),
        grade: v("child.grade"),
        schoolLevel: v("child.schoolLevel"),
        ...(average !== undefined ? { average } : {}),
        achievements: v("child.achievements"),
        hardship: v("child.hardship"),
      },
      evidenceKeys,
    },
  };
}

export interface UnitQuota {
  quota: number | null;
  nominated: number;
  approved: number;
}

/**
 * The unit's quota as the officer should read it. The quota limits approvals, not nominations (the
 * federation "decides within budget and quotas"): nominating past it is allowed, so the page says
 * how many of the unit's files can be approved at most: on the list once over (`overQuota`), on the
 * form already when the next file would be (`atQuota`).
 */
export function quotaLines(
  q: UnitQuota,
  locale: WebLocale,
): { line: string; overQuota?: string; atQuota?: string } {
  const t = textFor(locale);
  const line = fill(t.unitQuota, {
    quota: q.quota === null ? t.noQuota : count(q.quota),
    nominated: count(q.nominated),
    approved: count(q.approved),
  });
  if (q.quota === null) return { line };
  const numbers = { quota: count(q.quota), nominated: count(q.nominated) };
  if (q.nominated > q.quota) return { line, overQuota: fill(t.overQuota, numbers) };
  // Only the form says this: the next file sent is the first over the quota.
  if (q.nominated === q.quota) return { line, atQuota: fill(t.atQuota, numbers) };
  return { line };
}

/** "123/1.000 ký tự" under a long text field. */
export const charCount = (text: string, max: number, locale: WebLocale) =>
  fill(textFor(locale).chars, { n: count(text.length), max: count(max) });
