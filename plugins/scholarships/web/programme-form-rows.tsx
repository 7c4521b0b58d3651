import { For, Index, Show } from "solid-js";
import { FormField } from "./form-kit";
import { type FormState, type QuotaRow, slugOf, weightTotal } from "./programme-form-state";
import { count } from "./text";
import type { AdminText } from "./text-admin";

/** What the programme form lends its repeated rows: the state, its setter and the messages. */
export interface RowsProps {
  form: () => FormState;
  update: (change: Partial<FormState>) => void;
  err: (path: string) => string | undefined;
  id: (path: string) => string;
  t: () => AdminText;
}

export interface UnitOption {
  id: string;
  name: string;
  kind: string;
}

/** Quota rows (a unit and its number of awards), per district or per CĐCS. */
export function QuotaRows(
  props: RowsProps & { kind: "byDistrict" | "byUnit"; options: () => UnitOption[]; legend: string },
) {
  return (
    <fieldset class="fieldset">
      <legend>{props.legend}</legend>
      <Index each={props.form()[props.kind]}>
        {(row, index) => {
          const i = () => index;
          const set = (change: Partial<QuotaRow>) =>
            props.update({
              [props.kind]: props.form()[props.kind].map((r, j) => (j === i() ? { ...r, ...change } : r)),
            });
          return (
            <div class="form-grid">
              <FormField
                id={props.id(`quotas.${props.kind}.${i()}`)}
                label={props.t().unitPick}
                error={props.err(`quotas.${props.kind}.${i()}`)}
              >
                <select
                  id={props.id(`quotas.${props.kind}.${i()}`)}
                  class="input"
                  onChange={(e) => set({ unitId: e.currentTarget.value })}
                >
                  <option value="">—</option>
                  <For each={props.options()}>
                    {(u) => (
                      <option value={u.id} selected={u.id === row().unitId}>
                        {u.name}
                      </option>
                    )}
                  </For>
                </select>
              </FormField>
              <FormField id={props.id(`quotas.${props.kind}.${i()}.count`)} label={props.t().awards}>
                <input
                  id={props.id(`quotas.${props.kind}.${i()}.count`)}
                  class="input"
                  inputmode="numeric"
                  value={row().count}
                  onInput={(e) => set({ count: e.currentTarget.value })}
                />
              </FormField>
              <button
                type="button"
                class="button button--link button--danger-text"
                onClick={() =>
                  props.update({ [props.kind]: props.form()[props.kind].filter((_, j) => j !== i()) })
                }
              >
                {props.t().removeRow}
              </button>
            </div>
          );
        }}
      </Index>
      <button
        type="button"
        class="button button--secondary"
        onClick={() =>
          props.update({ [props.kind]: [...props.form()[props.kind], { unitId: "", count: "" }] })
        }
      >
        {props.t().addRow}
      </button>
    </fieldset>
  );
}

/** Rubric rows (criterion, weight, max score) with the running total of the weights. */
export function RubricRows(props: RowsProps) {
  return (
    <fieldset class="fieldset">
      <legend>{props.t().rubricLegend}</legend>
      <Index each={props.form().rubric}>
        {(row, index) => {
          const i = () => index;
          const set = (change: Partial<ReturnType<typeof row>>) =>
            props.update({
              rubric: props.form().rubric.map((r, j) => (j === i() ? { ...r, ...change } : r)),
            });
          return (
            <div class="form-grid">
              <FormField
                id={props.id(`rubric.${i()}.label`)}
                label={props.t().criterion}
                error={props.err(`rubric.${i()}.label`)}
              >
                <input
                  id={props.id(`rubric.${i()}.label`)}
                  class="input"
                  value={row().label}
                  onInput={(e) => set({ label: e.currentTarget.value })}
                />
              </FormField>
              <FormField
                id={props.id(`rubric.${i()}.weight`)}
                label={props.t().weight}
                error={props.err(`rubric.${i()}.weight`)}
              >
                <input
                  id={props.id(`rubric.${i()}.weight`)}
                  class="input"
                  inputmode="numeric"
                  value={row().weight}
                  onInput={(e) => set({ weight: e.currentTarget.value })}
                />
              </FormField>
              <FormField
                id={props.id(`rubric.${i()}.max`)}
                label={props.t().maxScore}
                error={props.err(`rubric.${i()}.max`)}
              >
                <input
                  id={props.id(`rubric.${i()}.max`)}
                  class="input"
                  inputmode="numeric"
                  value={row().max}
                  onInput={(e) => set({ max: e.currentTarget.value })}
                />
              </FormField>
              <Show when={props.form().rubric.length > 1}>
                <button
                  type="button"
                  class="button button--link button--danger-text"
                  onClick={() => props.update({ rubric: props.form().rubric.filter((_, j) => j !== i()) })}
                >
                  {props.t().removeRow}
                </button>
              </Show>
            </div>
          );
        }}
      </Index>
      <p class="muted" aria-live="polite">
        {props.t().weightsTotal}: {count(weightTotal(props.form().rubric))}/100
      </p>
      <Show when={props.err("rubric")}>
        <p class="field__error">{props.err("rubric")}</p>
      </Show>
      <button
        type="button"
        class="button button--secondary"
        onClick={() =>
          props.update({
            rubric: [
              ...props.form().rubric,
              {
                key: slugOf(
                  "tieu-chi",
                  props.form().rubric.map((r) => r.key),
                ),
                label: "",
                weight: "",
                max: "10",
              },
            ],
          })
        }
      >
        {props.t().addRow}
      </button>
    </fieldset>
  );
}
