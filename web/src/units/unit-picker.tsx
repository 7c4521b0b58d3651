import { createMemo, createSignal, createUniqueId, For, Show } from "solid-js";
import type { Unit } from "../api/units";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { matchesQuery } from "../text/search";
import { ancestorNames, branchIds, buildTree, visibleNodes } from "./tree";

const SHOWN = 40;

interface UnitPickerProps {
  /** The units that may be chosen. */
  candidates: Unit[];
  /** Every unit, to show where each candidate sits in the tree. */
  byId: ReadonlyMap<string, Unit>;
  value: string | undefined;
  onChange: (id: string) => void;
  legend: string;
}

/**
 * Search-as-you-type over the tree (accents optional), with the matches as native radio buttons:
 * arrow keys, labels and screen-reader announcements come for free.
 */
export function UnitPicker(props: UnitPickerProps) {
  const { t } = useI18n();
  const searchId = createUniqueId();
  const name = createUniqueId();
  const [query, setQuery] = createSignal("");
  // Tree order (parents before their children) reads better than alphabetical across levels.
  const ordered = createMemo(() => {
    const roots = buildTree(props.candidates);
    return visibleNodes(roots, branchIds(roots)).map((n) => n.unit);
  });
  const matches = createMemo(() => ordered().filter((u) => matchesQuery(`${u.name} ${u.id}`, query())));
  const shown = () => {
    const list = matches().slice(0, SHOWN);
    // Keep the current choice visible even when the search hides it.
    const chosen = props.value ? props.byId.get(props.value) : undefined;
    return chosen && !list.includes(chosen) && props.candidates.includes(chosen) ? [chosen, ...list] : list;
  };

  return (
    <div class="unit-picker">
      <div class="field">
        <label class="field__label" for={searchId}>
          {t("unitPicker.search")}
        </label>
        <input
          id={searchId}
          type="search"
          class="input"
          autocomplete="off"
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      <fieldset class="unit-picker__list">
        <legend>{props.legend}</legend>
        <Show when={shown().length > 0} fallback={<p class="muted">{t("unitPicker.none")}</p>}>
          <For each={shown()}>
            {(unit) => {
              const id = `${name}-${unit.id}`;
              const path = () => ancestorNames(props.byId, unit.id).join(" › ");
              return (
                <div class="unit-option">
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={unit.id}
                    checked={props.value === unit.id}
                    onChange={() => props.onChange(unit.id)}
                  />
                  <label for={id}>
                    <span class="unit-option__name">{unit.name}</span>
                    <Show when={path()}>
                      <span class="unit-option__path">{path()}</span>
                    </Show>
                  </label>
                </div>
              );
            }}
          </For>
        </Show>
        <Show when={matches().length > SHOWN}>
          <p class="muted">{t("unitPicker.more", { shown: SHOWN, total: formatNumber(matches().length) })}</p>
        </Show>
      </fieldset>
    </div>
  );
}
