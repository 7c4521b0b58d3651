import { DEFAULT_LOCALE, isLocale, type Locale } from "./locale";

export const LOCALE_STORAGE_KEY = "congdoan.locale";

type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

/** Storage can be missing or throw (private mode, blocked cookies); the UI must still work. */
function defaultStore(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Vietnamese-first: only an explicit earlier choice switches away from it, not the browser language. */
export function readStoredLocale(store: KeyValueStore | undefined = defaultStore()): Locale {
  try {
    const value = store?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale, store: KeyValueStore | undefined = defaultStore()): void {
  try {
    store?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable; the choice still applies for this visit.
  }
}
