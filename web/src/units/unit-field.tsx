import { createSignal, createUniqueId, Show } from "solid-js";
import type { Unit } from "../api/units";
import { Dialog } from "../components/dialog";
import { errorId, hintId } from "../components/field";
import { useI18n } from "../i18n/context";
import { UnitPicker } from "./unit-picker";
import { useUnits } from "./units-context";

interface UnitFieldProps {
  label: string;
  value: string | undefined;
  onValue: (id: string | undefined) => void;
  /** Defaults to every active unit. */
  candidates?: Unit[];
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  /** Offers "Bỏ chọn" (for filters and optional fields). */
  clearable?: boolean;
  clearLabel?: string;
}

/** A form field whose value is a unit, chosen from the tree in a dialog with search. */
export function UnitField(props: UnitFieldProps) {
  const { t } = useI18n();
  const store = useUnits();
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [draft, setDraft] = createSignal<string>();
  const candidates = () => props.candidates ?? store.list().filter((u) => u.status === "active");
  const describedBy = () =>
    [`${id}-value`, props.hint ? hintId(id) : "", props.error ? errorId(id) : ""].filter(Boolean).join(" ");

  return (
    <div class="field" classList={{ "field--invalid": !!props.error }}>
      <span class="field__label" id={`${id}-label`}>
        {props.label}
        <Show when={props.required}>
          <span class="field__required" aria-hidden="true">
            {" "}
            *
          </span>
        </Show>
      </span>
      <div class="unit-field">
        <span class="unit-field__value" id={`${id}-value`}>
          {props.value ? store.nameOf(props.value) : t("unitField.none")}
        </span>
        <button
          type="button"
          class="button button--secondary"
          aria-labelledby={`${id}-choose ${id}-label`}
          aria-describedby={describedBy()}
          aria-invalid={props.error ? true : undefined}
          onClick={() => {
            setDraft(props.value);
            setOpen(true);
          }}
        >
          <span id={`${id}-choose`}>{t("unitField.choose")}</span>
        </button>
        <Show when={props.clearable && props.value}>
          <button type="button" class="button button--link" onClick={() => props.onValue(undefined)}>
            {props.clearLabel ?? t("unitField.clear")}
          </button>
        </Show>
      </div>
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
      <Show when={open()}>
        <Dialog title={props.label} onClose={() => setOpen(false)} wide>
          <Show
            when={store.units.state !== "errored"}
            fallback={<p class="form-error">{t("unitField.loadFailed")}</p>}
          >
            <UnitPicker
              candidates={candidates()}
              byId={store.byId()}
              value={draft()}
              onChange={setDraft}
              legend={props.label}
            />
          </Show>
          <div class="button-row">
            <button
              type="button"
              class="button"
              disabled={!draft()}
              onClick={() => {
                props.onValue(draft());
                setOpen(false);
              }}
            >
              {t("unitField.confirm")}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setOpen(false)}>
              {t("action.cancel")}
            </button>
          </div>
        </Dialog>
      </Show>
    </div>
  );
}
