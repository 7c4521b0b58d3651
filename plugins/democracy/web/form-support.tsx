import { type Accessor, Show } from "solid-js";

export type FieldErrors = Record<string, string>;
type ApiError = Error & { fields?: { path: string; message: string }[] };

/** The server's `fields` as { path: message }, for messages beside the fields. */
export const errorsOf = (e: unknown): FieldErrors =>
  Object.fromEntries(((e as ApiError).fields ?? []).map((f) => [f.path, f.message]));

/** Class and message of one field, from a signal of errors. */
export function fieldHelpers(errors: Accessor<FieldErrors>) {
  return {
    cls: (name: string) => (errors()[name] ? "field field--invalid" : "field"),
    err: (name: string) => (
      <Show when={errors()[name]}>
        <span class="field__error">{errors()[name]}</span>
      </Show>
    ),
  };
}
