import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { createUniqueId, For, onCleanup, onMount, Show } from "solid-js";
import { type CloseWarning, closeWarnings } from "../src/close-warnings";
import { t } from "./i18n";
import type { ConferenceView } from "./types";

const warningKey: Record<CloseWarning, "closeNoMinutes" | "closeNoDocuments" | "closeNoResolution"> = {
  noMinutes: "closeNoMinutes",
  noDocuments: "closeNoDocuments",
  noResolution: "closeNoResolution",
};

/**
 * Asks before a conference is locked: what closing means, and what is still missing (minutes,
 * adopted documents, resolution). A native modal <dialog> (focus kept inside, Escape cancels), using
 * the shell's dialog styles; mount it only while open.
 */
export function CloseConferenceDialog(props: {
  conf: ConferenceView;
  locale: WebLocale;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const L = () => props.locale;
  const titleId = createUniqueId();
  const warnings = () => closeWarnings(props.conf);
  let ref!: HTMLDialogElement;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  onMount(() => {
    if (!ref.open) ref.showModal();
  });
  onCleanup(() => {
    if (ref.open) ref.close();
    if (opener?.isConnected) queueMicrotask(() => opener.focus());
  });

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <div class="dialog__header">
        <h2 id={titleId} class="dialog__title">
          {t(L(), "closeConfirmTitle")}
        </h2>
      </div>
      <div class="dialog__body">
        <p>{t(L(), "closeMeaning")}</p>
        <Show when={warnings().length > 0}>
          <div class="warning">
            <p>{t(L(), "closeMissing")}</p>
            <ul>
              <For each={warnings()}>{(w) => <li>{t(L(), warningKey[w])}</li>}</For>
            </ul>
          </div>
        </Show>
        <div class="button-row">
          <button type="button" class="button" onClick={() => props.onConfirm()}>
            {t(L(), "closeConfirm")}
          </button>
          <button type="button" class="button button--secondary" onClick={() => props.onCancel()}>
            {t(L(), "cancel")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
