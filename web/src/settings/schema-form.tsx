import { createSignal, For, Match, Switch } from "solid-js";
import { CheckboxField, SelectField, TextField } from "../components/field";
import { parseVietnameseNumber } from "../forms/numbers";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { getAt, type SchemaField } from "./schema-fields";

interface SchemaFormProps {
  fields: SchemaField[];
  values: Record<string, unknown>;
  onChange: (path: string[], value: unknown) => void;
  /** Server messages keyed by the dotted path inside the settings ("reminder.days"). */
  errors: Record<string, string>;
}

/** Inputs generated from a module's settings schema: numbers, text, yes/no, choices, nested groups. */
export function SchemaForm(props: SchemaFormProps) {
  return <For each={props.fields}>{(field) => <SchemaInput field={field} {...props} />}</For>;
}

function SchemaInput(props: SchemaFormProps & { field: SchemaField }) {
  const { t } = useI18n();
  const f = () => props.field;
  const value = () => getAt(props.values, f().path);
  const error = () => props.errors[f().path.join(".")];

  return (
    <Switch>
      <Match when={f().kind === "object" && f()}>
        {(field) => (
          <fieldset class="fieldset">
            <legend>{field().label}</legend>
            {field().description && <p class="field__hint">{field().description}</p>}
            <SchemaForm
              fields={
                field().kind === "object" ? (field() as Extract<SchemaField, { kind: "object" }>).fields : []
              }
              values={props.values}
              onChange={props.onChange}
              errors={props.errors}
            />
          </fieldset>
        )}
      </Match>
      <Match when={f().kind === "boolean"}>
        <CheckboxField
          label={f().label}
          hint={f().description}
          checked={value() === true}
          error={error()}
          onValue={(v) => props.onChange(f().path, v)}
        />
      </Match>
      <Match when={f().kind === "enum" && (f() as Extract<SchemaField, { kind: "enum" }>)}>
        {(field) => (
          <SelectField
            label={field().label}
            hint={field().description}
            required={field().required}
            error={error()}
            value={value() === undefined ? "" : String(value())}
            options={[
              ...(field().required && value() !== undefined ? [] : [{ value: "", label: t("form.none") }]),
              ...field().options.map((o) => ({ value: String(o), label: String(o) })),
            ]}
            onValue={(v) => {
              const option = field().options.find((o) => String(o) === v);
              props.onChange(field().path, option);
            }}
          />
        )}
      </Match>
      <Match when={(f().kind === "number" || f().kind === "integer") && f()}>
        <NumberInput {...props} />
      </Match>
      <Match when={f().kind === "string" && (f() as Extract<SchemaField, { kind: "string" }>)}>
        {(field) => (
          <TextField
            label={field().label}
            hint={field().description}
            required={field().required}
            error={error()}
            type={field().format === "email" ? "email" : field().format === "uri" ? "url" : "text"}
            maxLength={field().maxLength}
            value={typeof value() === "string" ? (value() as string) : ""}
            onValue={(v) => props.onChange(field().path, v === "" ? undefined : v)}
          />
        )}
      </Match>
      <Match when={f().kind === "unsupported"}>
        <div class="field">
          <span class="field__label">{f().label}</span>
          {f().description && <p class="field__hint">{f().description}</p>}
          <p class="field__hint">{t("settings.unsupported")}</p>
          <ul class="link-list">
            <For each={Array.isArray(value()) ? (value() as unknown[]) : [value()]}>
              {(item) => <li>{readableValue(item)}</li>}
            </For>
          </ul>
        </div>
      </Match>
    </Switch>
  );
}

/** A value the form cannot edit, as a person reads it: an item's title or its texts, never JSON. */
function readableValue(item: unknown): string {
  if (item === null || item === undefined) return "—";
  if (typeof item !== "object") return String(item);
  const record = item as Record<string, unknown>;
  if (typeof record.title === "string") return record.title;
  return Object.values(record)
    .filter((v) => typeof v === "string" || typeof v === "number")
    .join(" · ");
}

/** Typed the Vietnamese way ("1.500", "2,5"); the raw text is kept while it is not a number yet. */
function NumberInput(props: SchemaFormProps & { field: SchemaField }) {
  const { t } = useI18n();
  const field = () => props.field as Extract<SchemaField, { kind: "number" | "integer" }>;
  const initial = getAt(props.values, field().path);
  const [text, setText] = createSignal(typeof initial === "number" ? formatNumber(initial, 6) : "");
  const [localError, setLocalError] = createSignal<string>();
  const range = () => {
    const { minimum, maximum } = field();
    if (minimum !== undefined && maximum !== undefined)
      return t("settings.range", { min: formatNumber(minimum), max: formatNumber(maximum) });
    if (minimum !== undefined) return t("settings.min", { min: formatNumber(minimum) });
    if (maximum !== undefined) return t("settings.max", { max: formatNumber(maximum) });
    return undefined;
  };
  const hint = () => [field().description, range()].filter(Boolean).join(" ") || undefined;
  return (
    <TextField
      label={field().label}
      hint={hint()}
      required={field().required}
      inputmode={field().kind === "integer" ? "numeric" : "decimal"}
      error={localError() ?? props.errors[field().path.join(".")]}
      value={text()}
      onValue={(v) => {
        setText(v);
        const parsed = parseVietnameseNumber(v);
        if (
          parsed === "invalid" ||
          (field().kind === "integer" && typeof parsed === "number" && !Number.isInteger(parsed))
        ) {
          setLocalError(field().kind === "integer" ? t("form.wholeNumber") : t("form.numberInvalid"));
          return;
        }
        const { minimum, maximum } = field();
        const outside =
          typeof parsed === "number" &&
          ((minimum !== undefined && parsed < minimum) || (maximum !== undefined && parsed > maximum));
        // Still passed on: the server refuses it too, but the person sees why before saving.
        setLocalError(outside ? range() : undefined);
        props.onChange(field().path, parsed);
      }}
    />
  );
}
