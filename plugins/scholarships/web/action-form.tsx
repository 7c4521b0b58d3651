import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createSignal, For, Show } from "solid-js";
import { fill, readDate, textFor } from "./text";

export interface ActionField {
  key: string;
  label: string;
  kind?: "text" | "textarea" | "date" | "select";
  options?: { value: string; label: string }[];
  required?: boolean;
  initial?: string;
}

/**
 * One decision as a small form: fields checked here first (required, dd/mm/yyyy dates), then the
 * server's messages shown next to the field they belong to.
 */
export function ActionForm(
  props: Pick<WebPluginRouteProps, "api" | "locale"> & {
    id: string;
    title: string;
    submit: string;
    path: string;
    fields: ActionField[];
    danger?: boolean;
    onDone: () => void;
  },
) {
  const t = () => textFor(props.locale);
  const [values, setValues] = createSignal<Record<string, string>>(
    Object.fromEntries(props.fields.map((f) => [f.key, f.initial ?? f.options?.[0]?.value ?? ""])),
  );
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [message, setMessage] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const fieldId = (k: string) => `sch-${props.id}-${k}`;

  async function submit(e: Event) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const body: Record<string, string> = {};
    for (const f of props.fields) {
      const v = (values()[f.key] ?? "").trim();
      if (!v) {
        if (f.required) found[f.key] = t().required;
        continue;
      }
      if (f.kind === "date") {
        const day = readDate(v);
        if ("iso" in day) body[f.key] = day.iso;
        else
          found[f.key] = day.problem === "impossible" ? fill(t().impossibleDate, { date: v }) : t().badDate;
      } else body[f.key] = v;
    }
    setErrors(found);
    setMessage("");
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await props.api.send("POST", props.path, body);
      setMessage(t().saved);
      props.onDone();
    } catch (error) {
      const err = error as Error & { fields?: { path: string; message: string }[] };
      setErrors(Object.fromEntries((err.fields ?? []).map((f) => [f.path, f.message])));
      setMessage(err.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form card" novalidate onSubmit={submit} aria-labelledby={`${fieldId("title")}`}>
      <h3 id={fieldId("title")}>{props.title}</h3>
      <For each={props.fields}>
        {(f) => (
          <div class="field" classList={{ "field--invalid": !!errors()[f.key] }}>
            <label class="field__label" for={fieldId(f.key)}>
              {f.label}
            </label>
            {f.kind === "select" ? (
              <select
                id={fieldId(f.key)}
                class="input"
                onChange={(e) => setValues({ ...values(), [f.key]: e.currentTarget.value })}
              >
                <For each={f.options ?? []}>{(o) => <option value={o.value}>{o.label}</option>}</For>
              </select>
            ) : f.kind === "textarea" ? (
              <textarea
                id={fieldId(f.key)}
                class="input"
                onInput={(e) => setValues({ ...values(), [f.key]: e.currentTarget.value })}
              />
            ) : (
              <input
                id={fieldId(f.key)}
                class="input"
                inputmode={f.kind === "date" ? "numeric" : undefined}
                value={values()[f.key] ?? ""}
                onInput={(e) => setValues({ ...values(), [f.key]: e.currentTarget.value })}
              />
            )}
            <Show when={errors()[f.key]}>
              <p class="field__error">{errors()[f.key]}</p>
            </Show>
          </div>
        )}
      </For>
      <div class="button-row">
        <button
          type="submit"
          class="button"
          classList={{ "button--danger": !!props.danger }}
          disabled={busy()}
        >
          {props.submit}
        </button>
      </div>
      <Show when={message()}>
        <p role="status" class="notice">
          {message()}
        </p>
      </Show>
    </form>
  );
}
