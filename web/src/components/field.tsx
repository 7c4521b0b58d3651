import { createUniqueId, For, type JSX, Show, splitProps } from "solid-js";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children: JSX.Element;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** Ids for aria-describedby: the hint, then the error, so a screen reader reads both. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? hintId(id) : "", error ? errorId(id) : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** Label above, hint and error below the control; the error sits next to the field it concerns. */
export function FieldShell(props: FieldShellProps) {
  return (
    <div class="field" classList={{ "field--invalid": !!props.error }}>
      <label class="field__label" for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span class="field__required" aria-hidden="true">
            {" "}
            *
          </span>
        </Show>
      </label>
      {props.children}
      <Show when={props.hint}>
        <p class="field__hint" id={hintId(props.id)}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={errorId(props.id)}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}

type InputAttrs = Omit<JSX.InputHTMLAttributes<HTMLInputElement>, "onInput" | "value" | "id">;

interface TextFieldProps extends InputAttrs {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  id?: string;
}

export function TextField(props: TextFieldProps) {
  const [local, rest] = splitProps(props, ["label", "value", "onValue", "hint", "error", "id", "required"]);
  const id = local.id ?? createUniqueId();
  return (
    <FieldShell id={id} label={local.label} hint={local.hint} error={local.error} required={local.required}>
      <input
        {...rest}
        id={id}
        class="input"
        value={local.value}
        required={local.required}
        aria-invalid={local.error ? true : undefined}
        aria-describedby={describedBy(id, local.hint, local.error)}
        onInput={(e) => local.onValue(e.currentTarget.value)}
      />
    </FieldShell>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: SelectOption[];
  onValue: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  name?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = props.id ?? createUniqueId();
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error} required={props.required}>
      <select
        id={id}
        name={props.name}
        class="input"
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onValue: (checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const id = createUniqueId();
  return (
    <div class="field field--check" classList={{ "field--invalid": !!props.error }}>
      <input
        id={id}
        type="checkbox"
        class="checkbox"
        checked={props.checked}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        onChange={(e) => props.onValue(e.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="field__hint" id={hintId(id)}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={errorId(id)}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
