import { type Accessor, type JSX, Show } from "solid-js";

export type FieldErrors = Record<string, string>;
type ApiError = Error & { fields?: { path: string; message: string }[] };

/** The server's `fields` as { path: message }, for messages beside the fields. */
export const errorsOf = (e: unknown): FieldErrors =>
  Object.fromEntries(((e as ApiError).fields ?? []).map((f) => [f.path, f.message]));

/** Class and message of one field, from a signal of errors. */
export function fieldHelpers(errors: Accessor<FieldErrors>) {
  return {
    /** The message itself, for a `LabelledField`. */
    at: (name: string): string | undefined => errors()[name],
    cls: (name: string) => (errors()[name] ? "field field--invalid" : "field"),
    err: (name: string) => (
      <Show when={errors()[name]}>
        <span class="field__error">{errors()[name]}</span>
      </Show>
    ),
  };
}

/** A labelled control with its hint and, when the server refused its value, the message beside it. */
export function LabelledField(props: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: JSX.Element;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as children, inside the label
    <label class={props.error ? "field field--invalid" : "field"}>
      <span class="field__label">{props.label}</span>
      {props.children}
      <Show when={props.hint}>
        <span class="field__hint">{props.hint}</span>
      </Show>
      <Show when={props.error}>
        <span class="field__error">{props.error}</span>
      </Show>
    </label>
  );
}

/** The outcome of the last save ("Đã lưu" or why not), announced to screen readers. */
export function StatusMessage(props: { text: string }) {
  return (
    <Show when={props.text}>
      <p class="notice" role="status">
        {props.text}
      </p>
    </Show>
  );
}
