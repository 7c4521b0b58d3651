import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createMemo, createSignal, For, type JSX, Show } from "solid-js";
import { t } from "./i18n";

export interface ManageableUnit {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** Lower case without Vietnamese marks, so "thanh xuan" finds "Thanh Xuân". */
export const foldVi = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/**
 * The scope of a new campaign: the units the admin manages (the federation, then the districts and
 * sector unions, from GET /manageable-units) shown by name, narrowed by a search box. The select
 * carries the id under `name`, so the form posts it as before.
 */
export function ScopePicker(props: {
  locale: WebPluginRouteProps["locale"];
  units: ManageableUnit[];
  name: string;
  invalid: boolean;
  error: JSX.Element;
}) {
  const L = () => props.locale;
  const [query, setQuery] = createSignal("");
  const [chosen, setChosen] = createSignal("");
  const shown = createMemo(() => {
    const q = foldVi(query());
    const hits = props.units.filter((u) => !q || foldVi(`${u.name} ${u.id}`).includes(q));
    // Keep the chosen unit in the list while the search hides it, so the form still posts it.
    const kept = props.units.find((u) => u.id === chosen());
    return kept && !hits.includes(kept) ? [kept, ...hits] : hits;
  });
  const indent = (u: ManageableUnit) => (u.parentId === null ? "" : "— ");
  return (
    <div class={props.invalid ? "field field--invalid" : "field"}>
      <label class="field__label" for="democracy-scope-search">
        {t(L(), "scopeUnit")}
      </label>
      <input
        id="democracy-scope-search"
        class="input"
        type="search"
        autocomplete="off"
        placeholder={t(L(), "scopeSearch")}
        aria-label={t(L(), "scopeSearch")}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <select
        class="input"
        name={props.name}
        aria-label={t(L(), "scopeUnit")}
        value={chosen()}
        onChange={(e) => setChosen(e.currentTarget.value)}
      >
        <option value="">{t(L(), "scopeChoose")}</option>
        <For each={shown()}>
          {(u) => (
            <option value={u.id}>
              {indent(u)}
              {u.name}
            </option>
          )}
        </For>
      </select>
      <Show when={shown().length === 0}>
        <span class="field__hint">{t(L(), "scopeNoMatch")}</span>
      </Show>
      <Show when={props.units.length === 0}>
        <span class="field__hint">{t(L(), "scopeNone")}</span>
      </Show>
      {props.error}
    </div>
  );
}
