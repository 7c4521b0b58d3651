import { createUniqueId } from "solid-js";
import { CheckboxField, SelectField } from "../components/field";
import { useI18n } from "../i18n/context";
import { kindOptions, levelOptions, ownershipOptions } from "./labels";
import type { UnitFilter } from "./tree";

/** Search box and filters above the tree; the tree filters as you type (all in the browser). */
export function UnitFilters(props: { value: UnitFilter; onChange: (next: UnitFilter) => void }) {
  const { t } = useI18n();
  const searchId = createUniqueId();
  const set = <K extends keyof UnitFilter>(key: K, value: UnitFilter[K]) =>
    props.onChange({ ...props.value, [key]: value });
  return (
    <search class="filters" aria-label={t("unit.filters.label")}>
      <div class="field filters__search">
        <label class="field__label" for={searchId}>
          {t("unit.filters.search")}
        </label>
        <input
          id={searchId}
          type="search"
          class="input"
          autocomplete="off"
          placeholder={t("unit.filters.searchPlaceholder")}
          value={props.value.query}
          onInput={(e) => set("query", e.currentTarget.value)}
        />
      </div>
      <SelectField
        label={t("unit.field.kind")}
        value={props.value.kind}
        options={kindOptions(t, "form.all")}
        onValue={(v) => set("kind", v as UnitFilter["kind"])}
      />
      <SelectField
        label={t("unit.field.schoolLevel")}
        value={props.value.schoolLevel}
        options={levelOptions(t, "form.all")}
        onValue={(v) => set("schoolLevel", v as UnitFilter["schoolLevel"])}
      />
      <SelectField
        label={t("unit.field.ownership")}
        value={props.value.ownership}
        options={ownershipOptions(t, "form.all")}
        onValue={(v) => set("ownership", v as UnitFilter["ownership"])}
      />
      <CheckboxField
        label={t("unit.filters.showClosed")}
        checked={props.value.showClosed}
        onValue={(v) => set("showClosed", v)}
      />
    </search>
  );
}
