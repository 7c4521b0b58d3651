export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/** Each language is named in itself, so a reader can find theirs whatever is selected. */
export const LOCALE_NAMES: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the text for a locale from an API `{ vi, en }` pair; Vietnamese is always present. */
export function localized(text: { vi: string; en?: string }, locale: Locale): string {
  return (locale === "en" ? text.en : undefined) || text.vi;
}
