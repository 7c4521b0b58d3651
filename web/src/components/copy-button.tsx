import { createSignal } from "solid-js";
import { useI18n } from "../i18n/context";

/** Copies text to the clipboard and says so; falls back to selecting the text for Ctrl+C. */
export function CopyButton(props: {
  text: string;
  label: string;
  fallbackTarget?: () => HTMLElement | undefined;
}) {
  const { t } = useI18n();
  const [state, setState] = createSignal<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setState("copied");
    } catch {
      const target = props.fallbackTarget?.();
      if (target) {
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      setState("failed");
    }
  };
  return (
    <>
      <button type="button" class="button button--secondary" onClick={copy}>
        {props.label}
      </button>
      <span role="status" class="copy-status">
        {state() === "copied" ? t("copy.done") : state() === "failed" ? t("copy.failed") : ""}
      </span>
    </>
  );
}
