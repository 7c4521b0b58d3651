import type { JSX } from "solid-js";
import { Show } from "solid-js";

/** A labelled field with its hint and, when the check or the server refused it, its message beside it. */
export function FormField(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: JSX.Element;
}) {
  return (
    <div class="field" classList={{ "field--invalid": !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      {props.children}
      <Show when={props.hint}>
        <p class="field__hint">{props.hint}</p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

/** "1.500.000", "1500000", "1.500.000 ₫" → 1500000; anything else → undefined. */
export function parseMoney(text: string): number | undefined {
  const digits = text.replace(/[.\s₫đ]/gi, "");
  if (!/^\d{1,13}$/.test(digits)) return undefined;
  return Number(digits);
}

/** "8,5" or "8.5" → 8.5; "" → undefined; not a number → NaN. */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim().replace(",", ".");
  if (t === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

export interface ServerError {
  message: string;
  status?: number;
  code?: string;
  fields?: { path: string; message: string }[];
}

/** The server's field messages by dotted path ("categories.0.amount"); the first per path wins. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of (error as ServerError).fields ?? []) if (!(f.path in out)) out[f.path] = f.message;
  return out;
}

/** Someone saved the record after it was loaded: the optimistic version check refused the write. */
export const isVersionConflict = (error: unknown) => (error as ServerError).code === "version_mismatch";

let checkSeq = 0;

/** A checkbox or radio with its label on the same line (the shell's `field--check`). */
export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: "checkbox" | "radio";
  name?: string;
}) {
  const id = `sch-check-${++checkSeq}`;
  return (
    <div class="field field--check">
      <input
        id={id}
        type={props.type ?? "checkbox"}
        class="checkbox"
        name={props.name}
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <label class="field__label" for={id}>
        {props.label}
      </label>
    </div>
  );
}
