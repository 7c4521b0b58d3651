import { AsyncLocalStorage } from "node:async_hooks";
import { defaultLocale, type Locale, type LocalizedText } from "@congdoan/core";
import type { MiddlewareHandler } from "hono";
import type { LengthRule } from "./nomination-limits";

/**
 * Validation messages of our own in the caller's language. The host keeps a schema author's message
 * as written (only zod's defaults are translated), and zod builds the message while parsing, inside
 * the request. So the module remembers the request's locale for the length of the request
 * (`rememberLocale`, mounted before every route) and each message picks its language then:
 * `.min(5, say({ vi: "Tên quá ngắn", en: "The name is too short" }))`.
 * Outside a request (seed, unit tests) messages are Vietnamese.
 */
const requestLocale = new AsyncLocalStorage<Locale>();

export const say = (text: LocalizedText) => ({
  error: () => text[requestLocale.getStore() ?? defaultLocale],
});

/** A length check's message: what to say for nothing typed, for too few characters, or too many. */
export const sayLength = (rule: LengthRule, kind: "min" | "max") => ({
  error: (issue: { input?: unknown }) => {
    const text =
      kind === "max"
        ? rule.long
        : typeof issue.input === "string" && issue.input.length === 0 && rule.empty
          ? rule.empty
          : (rule.short ?? rule.empty ?? rule.long);
    return text[requestLocale.getStore() ?? defaultLocale];
  },
});

export const rememberLocale: MiddlewareHandler<{ Variables: { locale: Locale } }> = (c, next) =>
  requestLocale.run(c.var.locale ?? defaultLocale, next);

/** Runs `fn` as if inside a request in `locale` (tests). */
export const inLocale = <T>(locale: Locale, fn: () => T): T => requestLocale.run(locale, fn);
