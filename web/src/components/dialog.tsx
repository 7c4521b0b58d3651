import { createUniqueId, type JSX, onCleanup, onMount } from "solid-js";
import { useI18n } from "../i18n/context";
import { focusMain } from "./skip-link";

interface DialogProps {
  title: string;
  onClose: () => void;
  children: JSX.Element;
  /** Wide dialogs (tables, pickers) use more of the screen on desktops. */
  wide?: boolean;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes on Escape and marks the
 * page behind as inert. Mount it only while open (inside <Show>), so each opening starts fresh.
 * Focus returns to the control that opened it.
 */
export function Dialog(props: DialogProps) {
  const { t } = useI18n();
  const titleId = createUniqueId();
  let ref!: HTMLDialogElement;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;

  onMount(() => {
    if (!ref.open) ref.showModal();
  });
  onCleanup(() => {
    if (ref.open) ref.close();
    queueMicrotask(() => {
      // The opener may be gone (it was inside a dialog that closed first); then <main> gets focus.
      if (opener?.isConnected) opener.focus();
      else if (!document.querySelector("dialog[open]")) focusMain({ preventScroll: true });
    });
  });

  return (
    <dialog
      ref={ref}
      class="dialog"
      classList={{ "dialog--wide": props.wide }}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner decide (it unmounts us), instead of the browser closing behind its back.
        event.preventDefault();
        props.onClose();
      }}
    >
      <div class="dialog__header">
        <h2 id={titleId} class="dialog__title">
          {props.title}
        </h2>
        <button type="button" class="icon-button" onClick={() => props.onClose()}>
          <span aria-hidden="true">×</span>
          <span class="visually-hidden">{t("action.close")}</span>
        </button>
      </div>
      <div class="dialog__body">{props.children}</div>
    </dialog>
  );
}
