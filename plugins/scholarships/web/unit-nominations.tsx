import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { textFor } from "./text";

interface Row {
  id: string;
  pseudonym: string;
  status: keyof ReturnType<typeof textFor>["status"];
  category: keyof ReturnType<typeof textFor>["categories"];
  child: { fullName: string } | null;
}

/** The officer's own unit: its quota live, and its nominations (names shown only to this unit). */
export function UnitNominations(props: WebPluginRouteProps) {
  const t = () => textFor(props.locale);
  const [units] = createResource(() =>
    props.api.get<{ items: { id: string; name: string; kind: string }[] }>("/my-units"),
  );
  const [unitId, setUnitId] = createSignal<string>();
  const chosen = () => unitId() ?? units()?.items.find((u) => u.kind === "cdcs")?.id;
  const [quota] = createResource(chosen, (id) =>
    props.api.get<{ quota: number | null; nominated: number; approved: number }>(
      `/programmes/${props.params.id}/units/${id}/quota`,
    ),
  );
  const [rows] = createResource(chosen, (id) =>
    props.api.get<{ items: Row[] }>(
      `/programmes/${props.params.id}/nominations?unitId=${encodeURIComponent(id)}`,
    ),
  );
  return (
    <Show when={chosen()}>
      <h2>{t().nominations}</h2>
      <Show when={(units()?.items.length ?? 0) > 1}>
        <div class="field">
          <label class="field__label" for="sch-unit">
            {t().unit}
          </label>
          <select id="sch-unit" class="input" onChange={(e) => setUnitId(e.currentTarget.value)}>
            <For each={units()!.items}>
              {(u) => (
                <option value={u.id} selected={u.id === chosen()}>
                  {u.name}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <Show when={quota()}>
        {(q) => (
          <p class="muted">
            {t().quota}: {q().quota ?? "—"} · {q().nominated} {t().nominated} · {q().approved} {t().approved}
          </p>
        )}
      </Show>
      <Show when={rows()} fallback={<p class="status status--loading">…</p>}>
        <Show when={rows()!.items.length > 0} fallback={<p class="muted">{t().noNominations}</p>}>
          <ul class="record-list">
            <For each={rows()!.items}>
              {(n) => (
                <li class="record">
                  <strong>{n.child?.fullName ?? n.pseudonym}</strong> · {t().categories[n.category]} ·{" "}
                  <span class="badge">{t().status[n.status]}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </Show>
  );
}
