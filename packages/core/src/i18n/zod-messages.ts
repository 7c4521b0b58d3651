import { z } from "zod";
// Only the two locales the product speaks: `z.locales` would pull all of zod's ~40 into every bundle.
import en from "zod/v4/locales/en.js";
import vi from "zod/v4/locales/vi.js";
import { formatNumber } from "../format/number";
import type { Locale } from "./locale";

const zodLocales = { vi: vi(), en: en() } as const;

/** Makes every zod message Vietnamese by default, in whatever process imports the core. */
z.config(zodLocales.vi);

export interface FieldError {
  /** Dotted path of the offending field, e.g. `units.3.name`; empty for the whole body. */
  path: string;
  message: string;
}

function messageOf(
  result: ReturnType<NonNullable<(typeof zodLocales)["vi"]["localeError"]>>,
): string | undefined {
  if (typeof result === "string") return result;
  return result?.message;
}

function stripReceived(message: string | undefined): string | undefined {
  return message?.replace(/, (nhận được|received) .*$/, "");
}

type Issue = z.core.$ZodIssue & {
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  exact?: boolean;
};

const plain = {
  vi: {
    required: "Bắt buộc nhập",
    number: "Phải là một số",
    whole: "Phải là số nguyên",
    list: "Phải là một danh sách",
    choice: "Giá trị không nằm trong danh sách cho phép",
    minChars: (n: string) => `Tối thiểu ${n} ký tự`,
    exactChars: (n: string) => `Đúng ${n} ký tự`,
    yesNo: "Chọn có hoặc không",
    text: "Phải là chữ",
    maxChars: (n: string) => `Tối đa ${n} ký tự`,
    atLeast: (n: string) => `Không được nhỏ hơn ${n}`,
    above: (n: string) => `Phải lớn hơn ${n}`,
    atMost: (n: string) => `Không được lớn hơn ${n}`,
    below: (n: string) => `Phải nhỏ hơn ${n}`,
    minItems: (n: string) => `Cần ít nhất ${n} mục`,
    maxItems: (n: string) => `Tối đa ${n} mục`,
  },
  en: {
    required: "Required",
    number: "Must be a number",
    whole: "Must be a whole number",
    list: "Must be a list",
    choice: "Not one of the allowed values",
    minChars: (n: string) => `At least ${n} characters`,
    exactChars: (n: string) => `Exactly ${n} characters`,
    yesNo: "Choose yes or no",
    text: "Must be text",
    maxChars: (n: string) => `At most ${n} characters`,
    atLeast: (n: string) => `Must be at least ${n}`,
    above: (n: string) => `Must be more than ${n}`,
    atMost: (n: string) => `Must be at most ${n}`,
    below: (n: string) => `Must be less than ${n}`,
    minItems: (n: string) => `At least ${n} item(s)`,
    maxItems: (n: string) => `At most ${n} item(s)`,
  },
} as const;

/**
 * zod's own sentences name types and operators ("Quá lớn: mong đợi number <=100"); people filling a
 * form need "Không được lớn hơn 100". The common cases get a plain sentence, numbers written the
 * reader's way; anything else keeps zod's translated sentence.
 */
function plainMessage(issue: Issue, locale: Locale): string | undefined {
  const say = plain[locale];
  const n = (value: number | bigint | undefined) => formatNumber(Number(value), { locale });
  switch (issue.code) {
    case "invalid_type":
      // A field left out, or emptied to null by a form: both mean nothing was entered.
      if (/(undefined|null)$/.test(issue.message)) return say.required;
      if (issue.expected === "number") return say.number;
      if (issue.expected === "string") return say.text;
      if (issue.expected === "boolean") return say.yesNo;
      if (issue.expected === "int") return say.whole;
      if (issue.expected === "array") return say.list;
      return undefined;
    case "invalid_value":
      return say.choice;
    case "too_small":
      if (issue.origin === "string" && issue.exact) return say.exactChars(n(issue.minimum));
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? say.required : say.minChars(n(issue.minimum));
      if (issue.origin === "number")
        return issue.inclusive ? say.atLeast(n(issue.minimum)) : say.above(n(issue.minimum));
      if (issue.origin === "array") return say.minItems(n(issue.minimum));
      return undefined;
    case "too_big":
      if (issue.origin === "string" && issue.exact) return say.exactChars(n(issue.maximum));
      if (issue.origin === "string") return say.maxChars(n(issue.maximum));
      if (issue.origin === "number")
        return issue.inclusive ? say.atMost(n(issue.maximum)) : say.below(n(issue.maximum));
      if (issue.origin === "array") return say.maxItems(n(issue.maximum));
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Turns zod issues into field errors in the reader's language, one per field (the first: a value
 * that is both of the wrong form and too long needs one message). Messages written by a schema's
 * author are kept as they are; zod's own defaults become plain sentences in the requested locale.
 */
export function fieldErrorsOf(error: z.core.$ZodError, locale: Locale): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    if (seen.has(path)) continue;
    seen.add(path);
    const raw = issue as unknown as z.core.$ZodRawIssue;
    const viDefault = stripReceived(messageOf(zodLocales.vi.localeError?.(raw)));
    // Issues keep no input (so no personal data leaks), hence "received …" is compared without it.
    const isDefault = viDefault !== undefined && stripReceived(issue.message) === viDefault;
    const message = isDefault
      ? (plainMessage(issue as Issue, locale) ??
        stripReceived(messageOf(zodLocales[locale].localeError?.(raw))) ??
        issue.message)
      : issue.message;
    out.push({ path, message });
  }
  return out;
}
