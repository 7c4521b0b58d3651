import {
  type Accessor,
  createContext,
  createEffect,
  createSignal,
  type ParentProps,
  useContext,
} from "solid-js";
import type { Locale } from "./locale";
import { readStoredLocale, storeLocale } from "./storage";
import { type MessageVars, translate } from "./translate";
import type { MessageKey } from "./vi";

export interface I18n {
  locale: Accessor<Locale>;
  setLocale: (locale: Locale) => void;
  /** Reactive: reading it inside JSX or an effect re-runs when the locale changes. */
  t: (key: MessageKey, vars?: MessageVars) => string;
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: ParentProps) {
  const [locale, setLocaleSignal] = createSignal<Locale>(readStoredLocale());

  // <html lang> drives screen-reader pronunciation and hyphenation, so keep it in sync.
  createEffect(() => {
    document.documentElement.lang = locale();
  });

  const i18n: I18n = {
    locale,
    setLocale(next) {
      storeLocale(next);
      setLocaleSignal(next);
    },
    t: (key, vars) => translate(locale(), key, vars),
  };

  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n() must be used inside <I18nProvider>");
  return i18n;
}
