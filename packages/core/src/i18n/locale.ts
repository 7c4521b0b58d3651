export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";

/** A text in both languages; Vietnamese is required because it is what users read first. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/** Picks the locale from an Accept-Language header; anything not clearly English is Vietnamese. */
export function localeFromHeader(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "vi";
}
