import { createSignal } from "solid-js";
import { StatusMessage } from "./form-messages";

export interface Flash {
  text: string;
  tone: "success" | "info";
}

/** The outcome of the last action on a page ("Đã lưu…", or "someone else changed it"), announced politely. */
export function createFlash() {
  const [flash, setFlash] = createSignal<Flash>();
  return {
    flash,
    success: (text: string) => setFlash({ text, tone: "success" }),
    info: (text: string) => setFlash({ text, tone: "info" }),
  };
}

export function FlashMessage(props: { flash: Flash | undefined }) {
  return <StatusMessage tone={props.flash?.tone}>{props.flash?.text}</StatusMessage>;
}
