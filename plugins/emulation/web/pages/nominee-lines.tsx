import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { For, Index, Show } from "solid-js";
import { type AwardFormId, awardForms } from "../../src/labels";
import type { T } from "../i18n";
import { Field } from "../ui";

export interface LineDraft {
  form: AwardFormId;
  recipient: "collective" | "individual";
  unitId: string;
  fullName: string;
  title: string;
}

export const blankLine = (unitId: string): LineDraft => ({
  form: "giay-khen",
  recipient: "collective",
  unitId,
  fullName: "",
  title: "",
});

/** Local checks of nominee lines; errors keyed like the API's (`lines.0.fullName`). */
export function checkLines(lines: LineDraft[], t: T, fields: Record<string, string>) {
  lines.forEach((l, i) => {
    if (l.recipient === "individual" && l.fullName.trim().length < 2)
      fields[`lines.${i}.fullName`] = t("common.required");
    if (l.form === "danh-hieu" && l.title.trim().length < 2)
      fields[`lines.${i}.title`] = t("common.required");
  });
}

/** The body of nominee lines as the API takes them. */
export const linesBody = (lines: LineDraft[], fallbackUnitId: string) =>
  lines.map((l) => ({
    form: l.form,
    recipient: l.recipient,
    unitId: l.unitId || fallbackUnitId,
    ...(l.recipient === "individual" ? { fullName: l.fullName.trim() } : {}),
    ...(l.form === "danh-hieu" ? { title: l.title.trim() } : {}),
  }));

/** Nominees (collectives / individuals) of a unit's subtree, one fieldset each. */
export function NomineeLines(props: {
  t: T;
  locale: WebLocale;
  idPrefix: string;
  lines: LineDraft[];
  units: { id: string; name: string }[];
  fallbackUnitId: string;
  minLines: number;
  err: (path: string) => string | undefined;
  setLine: (i: number, patch: Partial<LineDraft>) => void;
  remove: (i: number) => void;
}) {
  const t = props.t;
  return (
    <Index each={props.lines}>
      {(l, i) => (
        <fieldset class="fieldset">
          <legend>
            {t("prop.line")} {i + 1}
          </legend>
          <div class="form-grid">
            <Field
              id={`${props.idPrefix}-form-${i}`}
              label={t("awards.form")}
              error={props.err(`lines.${i}.form`)}
            >
              <select
                id={`${props.idPrefix}-form-${i}`}
                class="input"
                value={l().form}
                onChange={(e) => props.setLine(i, { form: e.currentTarget.value as AwardFormId })}
              >
                <For each={Object.entries(awardForms)}>
                  {([k, v]) => <option value={k}>{v[props.locale]}</option>}
                </For>
              </select>
            </Field>
            <Field id={`${props.idPrefix}-rec-${i}`} label={t("prop.recipient")}>
              <select
                id={`${props.idPrefix}-rec-${i}`}
                class="input"
                value={l().recipient}
                onChange={(e) =>
                  props.setLine(i, { recipient: e.currentTarget.value as LineDraft["recipient"] })
                }
              >
                <option value="collective">{t("awards.collective")}</option>
                <option value="individual">{t("awards.individual")}</option>
              </select>
            </Field>
          </div>
          <Field
            id={`${props.idPrefix}-unit-${i}`}
            label={t("init.unit")}
            error={props.err(`lines.${i}.unitId`)}
          >
            <select
              id={`${props.idPrefix}-unit-${i}`}
              class="input"
              value={l().unitId || props.fallbackUnitId}
              onChange={(e) => props.setLine(i, { unitId: e.currentTarget.value })}
            >
              <For each={props.units}>{(u) => <option value={u.id}>{u.name}</option>}</For>
            </select>
          </Field>
          <Show when={l().recipient === "individual"}>
            <Field
              id={`${props.idPrefix}-name-${i}`}
              label={t("prop.fullName")}
              error={props.err(`lines.${i}.fullName`)}
            >
              <input
                id={`${props.idPrefix}-name-${i}`}
                class="input"
                value={l().fullName}
                onInput={(e) => props.setLine(i, { fullName: e.currentTarget.value })}
              />
            </Field>
          </Show>
          <Show when={l().form === "danh-hieu"}>
            <Field
              id={`${props.idPrefix}-title-${i}`}
              label={t("prop.titleName")}
              error={props.err(`lines.${i}.title`)}
            >
              <input
                id={`${props.idPrefix}-title-${i}`}
                class="input"
                value={l().title}
                placeholder="Giỏi việc trường, đảm việc nhà"
                onInput={(e) => props.setLine(i, { title: e.currentTarget.value })}
              />
            </Field>
          </Show>
          <Show when={props.lines.length > props.minLines}>
            <button
              type="button"
              class="button button--link button--danger-text"
              onClick={() => props.remove(i)}
            >
              {t("form.remove")}
            </button>
          </Show>
        </fieldset>
      )}
    </Index>
  );
}
