import { useI18n } from "../i18n/context";

/** A form's closing row: the submit button (showing that it is saving) and Cancel. */
export function FormActions(props: { busy: boolean; onCancel: () => void; submitLabel?: string }) {
  const { t } = useI18n();
  return (
    <div class="button-row">
      <button type="submit" class="button" disabled={props.busy}>
        {props.busy ? t("action.saving") : (props.submitLabel ?? t("action.save"))}
      </button>
      <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
        {t("action.cancel")}
      </button>
    </div>
  );
}
