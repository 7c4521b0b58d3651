import { createSignal, type JSX } from "solid-js";
import { errorMessage } from "../api/error-message";
import { useI18n } from "../i18n/context";
import { Dialog } from "./dialog";
import { FormError } from "./form-messages";

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  children: JSX.Element;
  /** Runs the action; a thrown ApiError is shown in the dialog, which then stays open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await props.onConfirm();
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={props.onClose}>
      <div class="dialog__text">{props.children}</div>
      <FormError message={error()} />
      <div class="button-row">
        <button
          type="button"
          class="button"
          classList={{ "button--danger": props.danger }}
          disabled={busy()}
          onClick={confirm}
        >
          {busy() ? t("action.working") : props.confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={() => props.onClose()}>
          {t("action.cancel")}
        </button>
      </div>
    </Dialog>
  );
}
