import { Index, Show } from "solid-js";
import type { Grant, Role } from "../api/auth";
import { SelectField } from "../components/field";
import { useI18n } from "../i18n/context";
import { UnitField } from "../units/unit-field";
import { roleOptions } from "./labels";

export type DraftGrant = { role: Role; unitId: string | undefined };

interface GrantEditorProps {
  grants: DraftGrant[];
  onChange: (grants: DraftGrant[]) => void;
  /** Errors by path, as the server reports them: "grants.0.unitId". */
  errors: Record<string, string>;
  disabled?: boolean;
}

/** Several roles, each at a unit (it covers the unit's subtree), chosen from the tree. */
export function GrantEditor(props: GrantEditorProps) {
  const { t } = useI18n();
  const update = (i: number, change: Partial<DraftGrant>) =>
    props.onChange(props.grants.map((g, j) => (j === i ? { ...g, ...change } : g)));
  return (
    <fieldset class="grant-editor" disabled={props.disabled}>
      <legend>{t("user.grants.legend")}</legend>
      <p class="field__hint">{t("user.grants.hint")}</p>
      <Show when={props.errors.grants}>
        <p class="field__error">{props.errors.grants}</p>
      </Show>
      <ol class="grant-editor__list">
        <Index each={props.grants}>
          {(grant, i) => (
            <li class="grant-editor__item">
              <p class="grant-editor__number">{t("user.grants.item", { n: i + 1 })}</p>
              <SelectField
                label={t("user.grants.role")}
                value={grant().role}
                options={roleOptions(t)}
                onValue={(v) => update(i, { role: v as Role })}
                error={props.errors[`grants.${i}.role`]}
              />
              <UnitField
                label={t("user.grants.unit")}
                required
                value={grant().unitId}
                onValue={(id) => update(i, { unitId: id })}
                error={props.errors[`grants.${i}.unitId`] ?? props.errors[`grants.${i}`]}
              />
              <Show when={props.grants.length > 1}>
                <button
                  type="button"
                  class="button button--link button--danger-text"
                  onClick={() => props.onChange(props.grants.filter((_, j) => j !== i))}
                >
                  {t("user.grants.remove", { n: i + 1 })}
                </button>
              </Show>
            </li>
          )}
        </Index>
      </ol>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => props.onChange([...props.grants, { role: "cdcs-officer", unitId: undefined }])}
      >
        {t("user.grants.add")}
      </button>
    </fieldset>
  );
}

/** Client checks before sending: a unit for each grant, no duplicates. */
export function checkGrants(
  grants: DraftGrant[],
  t: (key: "form.chooseUnit" | "user.grants.duplicate" | "user.grants.none") => string,
): { errors: Record<string, string>; grants?: Grant[] } {
  const errors: Record<string, string> = {};
  if (grants.length === 0) errors.grants = t("user.grants.none");
  const seen = new Set<string>();
  grants.forEach((g, i) => {
    if (!g.unitId) errors[`grants.${i}.unitId`] = t("form.chooseUnit");
    const key = `${g.role}@${g.unitId}`;
    if (g.unitId && seen.has(key)) errors[`grants.${i}.unitId`] = t("user.grants.duplicate");
    seen.add(key);
  });
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, grants: grants.map((g) => ({ role: g.role, unitId: g.unitId as string })) };
}
