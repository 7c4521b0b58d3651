import { useI18n } from "../i18n/context";

/** Shown on narrow screens only (CSS); toggles the side navigation it controls. */
export function MenuButton(props: { controls: string; expanded: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="menu-button"
      aria-controls={props.controls}
      aria-expanded={props.expanded}
      onClick={() => props.onToggle()}
    >
      <span class="menu-button__icon" aria-hidden="true" />
      {t("tenant.menu")}
    </button>
  );
}
