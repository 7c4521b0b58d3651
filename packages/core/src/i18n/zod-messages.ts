import { z } from "zod";
// Only the two locales the product speaks: `z.locales` would pull all of zod's ~40 into every bundle.
import en from "zod/v4/locales/en.js";
import vi from "zod/v4/locales/vi.js";
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

/**
 * Turns zod issues into field errors in the reader's language. Messages written by a schema's author
 * are kept as they are; zod's own defaults are re-rendered in the requested locale.
 */
export function fieldErrorsOf(error: z.core.$ZodError, locale: Locale): FieldError[] {
  return error.issues.map((issue) => {
    const raw = issue as unknown as z.core.$ZodRawIssue;
    const viDefault = stripReceived(messageOf(zodLocales.vi.localeError?.(raw)));
    // Issues keep no input (so no personal data leaks), hence "received …" is compared without it.
    const isDefault = viDefault !== undefined && stripReceived(issue.message) === viDefault;
    const message = isDefault
      ? (stripReceived(messageOf(zodLocales[locale].localeError?.(raw))) ?? issue.message)
      : issue.message;
    return { path: issue.path.map(String).join("."), message };
  });
}
