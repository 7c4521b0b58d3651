import { parseDecimal, parseMoney } from "./form-kit";
import { count, date, parseDate } from "./text";
import type { AdminText } from "./text-admin";

export const CATEGORY_CODES = ["hoc-gioi", "vuot-kho", "hoc-gioi-vuot-kho"] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];
export const LEVELS = ["mam-non", "tieu-hoc", "thcs", "thpt"] as const;

/** A programme as the API returns it (the fields the form edits). */
export interface ProgrammeData {
  id: string;
  version: number;
  status: "open" | "closed";
  name: string;
  schoolYear: string;
  ownerUnitId: string;
  categories: { code: CategoryCode; amount: number }[];
  budget: number;
  quotas: { perUnitDefault?: number; byUnit: Record<string, number>; byDistrict: Record<string, number> };
  eligibility: {
    minAge: number;
    maxAge: number;
    schoolLevels: string[];
    minAverage: number;
    minHardshipLength: number;
  };
  window: { opensOn: string; closesOn: string };
  rubric: { key: string; label: string; weight: number; max: number }[];
  reviewersPerNomination: number;
}

export interface QuotaRow {
  unitId: string;
  count: string;
}
export interface RubricRow {
  key: string;
  label: string;
  weight: string;
  max: string;
}

/** Everything as the user typed it: money as "1.500.000", dates as dd/mm/yyyy. */
export interface FormState {
  name: string;
  schoolYear: string;
  ownerUnitId: string;
  categories: Record<CategoryCode, { on: boolean; amount: string }>;
  budget: string;
  perUnitDefault: string;
  byDistrict: QuotaRow[];
  byUnit: QuotaRow[];
  minAge: string;
  maxAge: string;
  schoolLevels: string[];
  minAverage: string;
  minHardshipLength: string;
  opensOn: string;
  closesOn: string;
  rubric: RubricRow[];
  reviewersPerNomination: string;
}

const decimal = (n: number) => String(n).replace(".", ",");

export function emptyForm(schoolYear: string, ownerUnitId: string): FormState {
  return {
    name: `Học bổng Con CNVCLĐ học giỏi, vượt khó năm học ${schoolYear.replace("-", "–")}`,
    schoolYear: schoolYear.replace("-", "–"),
    ownerUnitId,
    categories: {
      "hoc-gioi": { on: true, amount: "1.000.000" },
      "vuot-kho": { on: true, amount: "1.500.000" },
      "hoc-gioi-vuot-kho": { on: false, amount: "2.000.000" },
    },
    budget: "",
    perUnitDefault: "",
    byDistrict: [],
    byUnit: [],
    minAge: "6",
    maxAge: "18",
    schoolLevels: ["tieu-hoc", "thcs", "thpt"],
    minAverage: "8",
    minHardshipLength: "30",
    opensOn: "",
    closesOn: "",
    rubric: [
      { key: "ket-qua", label: "Kết quả học tập", weight: "60", max: "10" },
      { key: "hoan-canh", label: "Hoàn cảnh gia đình, nghị lực vượt khó", weight: "40", max: "10" },
    ],
    reviewersPerNomination: "2",
  };
}

export function formOf(p: ProgrammeData): FormState {
  const amount = (code: CategoryCode) => p.categories.find((c) => c.code === code);
  const rows = (r: Record<string, number>) =>
    Object.entries(r).map(([unitId, n]) => ({ unitId, count: String(n) }));
  return {
    name: p.name,
    schoolYear: p.schoolYear.replace("-", "–"),
    ownerUnitId: p.ownerUnitId,
    categories: Object.fromEntries(
      CATEGORY_CODES.map((code) => [
        code,
        { on: !!amount(code), amount: count(amount(code)?.amount ?? 1_000_000) },
      ]),
    ) as FormState["categories"],
    budget: count(p.budget),
    perUnitDefault: p.quotas.perUnitDefault === undefined ? "" : String(p.quotas.perUnitDefault),
    byDistrict: rows(p.quotas.byDistrict ?? {}),
    byUnit: rows(p.quotas.byUnit ?? {}),
    minAge: String(p.eligibility.minAge),
    maxAge: String(p.eligibility.maxAge),
    schoolLevels: [...p.eligibility.schoolLevels],
    minAverage: decimal(p.eligibility.minAverage),
    minHardshipLength: String(p.eligibility.minHardshipLength),
    opensOn: date(p.window.opensOn),
    closesOn: date(p.window.closesOn),
    rubric: p.rubric.map((r) => ({
      key: r.key,
      label: r.label,
      weight: String(r.weight),
      max: String(r.max),
    })),
    reviewersPerNomination: String(p.reviewersPerNomination),
  };
}

/** A criterion's code from its label: "Kết quả học tập" → "ket-qua-hoc-tap". */
export function slugOf(label: string, taken: string[]): string {
  const base =
    label
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 26) || "tieu-chi";
  let key = base;
  for (let i = 2; taken.includes(key); i++) key = `${base}-${i}`;
  return key;
}

export const weightTotal = (rows: RubricRow[]) => rows.reduce((s, r) => s + (Number(r.weight) || 0), 0);

const whole = (text: string) => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/**
 * The API body from the form, and the form's own messages keyed like the form's fields. Server
 * messages come back keyed by the body's paths; `formPathOf` puts them beside the same fields.
 */
export function toPayload(f: FormState, t: AdminText) {
  const errors: Record<string, string> = {};
  const need = (path: string, value: string) => {
    if (value.trim() === "") errors[path] = t.required;
  };
  need("name", f.name);
  const year = f.schoolYear.trim().replace(/[–—]/, "-").replace(/\s/g, "");
  if (!/^\d{4}-\d{4}$/.test(year)) errors.schoolYear = t.badYear;
  const categories = CATEGORY_CODES.filter((code) => f.categories[code].on).map((code) => {
    const amount = parseMoney(f.categories[code].amount);
    if (amount === undefined) errors[`categories.${code}.amount`] = t.badMoney;
    return { code, amount: amount ?? 0 };
  });
  if (categories.length === 0) errors.categories = t.pickCategory;
  const budget = parseMoney(f.budget);
  if (budget === undefined) errors.budget = f.budget.trim() ? t.badMoney : t.required;
  const perUnitDefault = f.perUnitDefault.trim() === "" ? undefined : whole(f.perUnitDefault);
  if (f.perUnitDefault.trim() !== "" && perUnitDefault === undefined)
    errors["quotas.perUnitDefault"] = t.badNumber;
  const quota = (rows: QuotaRow[], kind: "byDistrict" | "byUnit") => {
    const out: Record<string, number> = {};
    rows.forEach((r, i) => {
      const n = whole(r.count);
      if (!r.unitId) errors[`quotas.${kind}.${i}`] = t.required;
      else if (n === undefined) errors[`quotas.${kind}.${i}`] = t.badNumber;
      else out[r.unitId] = n;
    });
    return out;
  };
  const number = (path: string, text: string, parse: (s: string) => number | undefined = whole) => {
    const n = parse(text);
    if (n === undefined || Number.isNaN(n)) errors[path] = text.trim() ? t.badNumber : t.required;
    return n ?? 0;
  };
  const opensOn = parseDate(f.opensOn);
  const closesOn = parseDate(f.closesOn);
  if (!opensOn) errors["window.opensOn"] = f.opensOn.trim() ? t.badDate : t.required;
  if (!closesOn) errors["window.closesOn"] = f.closesOn.trim() ? t.badDate : t.required;
  const rubric = f.rubric.map((r, i) => ({
    key:
      r.key ||
      slugOf(
        r.label,
        f.rubric.map((x) => x.key),
      ),
    label: r.label.trim(),
    weight: number(`rubric.${i}.weight`, r.weight),
    max: number(`rubric.${i}.max`, r.max),
  }));
  f.rubric.forEach((r, i) => {
    need(`rubric.${i}.label`, r.label);
  });
  if (weightTotal(f.rubric) !== 100) errors.rubric = t.weightsMustBe100;
  const body = {
    name: f.name.trim(),
    schoolYear: year,
    ownerUnitId: f.ownerUnitId,
    categories,
    budget: budget ?? 0,
    quotas: {
      ...(perUnitDefault !== undefined ? { perUnitDefault } : {}),
      byDistrict: quota(f.byDistrict, "byDistrict"),
      byUnit: quota(f.byUnit, "byUnit"),
    },
    eligibility: {
      minAge: number("eligibility.minAge", f.minAge),
      maxAge: number("eligibility.maxAge", f.maxAge),
      schoolLevels: f.schoolLevels,
      minAverage: number("eligibility.minAverage", f.minAverage, parseDecimal),
      minHardshipLength: number("eligibility.minHardshipLength", f.minHardshipLength),
    },
    window: { opensOn: opensOn ?? "", closesOn: closesOn ?? "" },
    rubric,
    reviewersPerNomination: number("reviewersPerNomination", f.reviewersPerNomination),
  };
  return { body, errors };
}

/** A server error path ("categories.1.amount", "quotas.byUnit.tx-…") as the form's field key. */
export function formPathOf(path: string, body: ReturnType<typeof toPayload>["body"], f: FormState): string {
  const parts = path.split(".");
  if (parts[0] === "categories" && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const code = body.categories[Number(parts[1])]?.code;
    return code ? ["categories", code, ...parts.slice(2)].join(".") : "categories";
  }
  if (parts[0] === "quotas" && (parts[1] === "byUnit" || parts[1] === "byDistrict") && parts[2]) {
    const rows = parts[1] === "byUnit" ? f.byUnit : f.byDistrict;
    const i = rows.findIndex((r) => r.unitId === parts[2]);
    return i >= 0 ? `quotas.${parts[1]}.${i}` : `quotas.${parts[1]}`;
  }
  if (parts[0] === "rubric" && parts.length > 2) {
    return parts[2] === "key" ? `rubric.${parts[1]}.label` : parts.slice(0, 3).join(".");
  }
  return path;
}
