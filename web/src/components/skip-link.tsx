import { useI18n } from "../i18n/context";

export const MAIN_ID = "main";

/** Moves focus to <main>; following the hash alone would scroll but leave focus behind. */
export function focusMain(options?: FocusOptions): void {
  document.getElementById(MAIN_ID)?.focus(options);
}

export function SkipLink() {
  const { t } = useI18n();
  return (
    <a
      class="skip-link"
      href={`#${MAIN_ID}`}
      // Native listener so it runs before the router's document-level click handling.
      on:click={(event) => {
        event.preventDefault();
        focusMain();
      }}
    >
      {t("skip.toMain")}
    </a>
  );
}
