import { For } from "solid-js";
import { useI18n } from "../i18n/context";
import { LOCALE_NAMES, LOCALES } from "../i18n/locale";

/** "Tiếng Việt | English": each name in its own language, marked with lang for screen readers. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    // A toggle-button group (WAI-ARIA pattern); <fieldset> is meant for form fields.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div class="lang-switch" role="group" aria-label={t("lang.label")}>
      <For each={LOCALES}>
        {(code, i) => (
          <>
            {i() > 0 && (
              <span class="lang-switch__sep" aria-hidden="true">
                |
              </span>
            )}
            <button
              type="button"
              class="lang-switch__button"
              lang={code}
              aria-pressed={locale() === code}
              onClick={() => setLocale(code)}
            >
              {LOCALE_NAMES[code]}
            </button>
          </>
        )}
      </For>
    </div>
  );
}
