import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { quotaLines, type UnitQuota } from "./nomination-form-state";
import { textFor } from "./text";
import { printTextFor } from "./text-print";

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
    props.api.get<UnitQuota>(`/programmes/${props.params.id}/units/${id}/quota`),
  );
  const path = (id: string) => `/programmes/${props.params.id}/nominations?unitId=${encodeURIComponent(id)}`;
  // The first page comes with the unit; "more" appends the next pages (cursor) after it.
  const [extra, setExtra] = createSignal<Row[]>([]);
  const [next, setNext] = createSignal<string | undefined>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<string>();
  const [rows] = createResource(chosen, async (id) => {
    const page = await props.api.get<{ items: Row[]; cursor?: string }>(path(id));
    setExtra([]);
    setNext(page.cursor);
    setMoreError(undefined);
    return page;
  });
  async function loadMore() {
    const id = chosen();
    const cursor = next();
    if (!id || !cursor) return;
    setLoadingMore(true);
    try {
      const page = await props.api.get<{ items: Row[]; cursor?: string }>(
        `${path(id)}&cursor=${encodeURIComponent(cursor)}`,
      );
      setExtra([...extra(), ...page.items]);
      setNext(page.cursor);
      setMoreError(undefined);
    } catch (error) {
      setMoreError(String((error as Error).message ?? error));
    } finally {
      setLoadingMore(false);
    }
  }
  const receipts = () =>
    `/t/${props.tenant}/m/scholarships/programmes/${props.params.id}/receipts?unitId=${encodeURIComponent(chosen() ?? "")}`;
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
        {(q) => {
          // Nominating past the quota is allowed; approving past it is not: say how many can be.
          const lines = () => quotaLines(q(), props.locale);
          return (
            <>
              <p class="muted">{lines().line}</p>
              <Show when={lines().overQuota}>
                <p class="warning" role="note">
                  {lines().overQuota}
                </p>
              </Show>
            </>
          );
        }}
      </Show>
      <Show when={rows()} fallback={<p class="status status--loading">…</p>}>
        <Show when={rows()!.items.length > 0} fallback={<p class="muted">{t().noNominations}</p>}>
          <ul class="record-list" aria-label={t().nominations}>
            <For each={[...rows()!.items, ...extra()]}>
              {(n) => (
                <li class="record">
                  <strong>
                    <a
                      href={`/t/${props.tenant}/m/scholarships/programmes/${props.params.id}/nominations/${n.id}`}
                    >
                      {n.child?.fullName ?? n.pseudonym}
                    </a>
                  </strong>{" "}
                  · {t().categories[n.category]} · <span class="badge">{t().status[n.status]}</span>
                </li>
              )}
            </For>
          </ul>
          <Show when={next()}>
            <div class="load-more">
              <button
                type="button"
                class="button button--secondary"
                disabled={loadingMore()}
                onClick={() => void loadMore()}
              >
                {t().more}
              </button>
            </div>
          </Show>
          <Show when={moreError()}>
            <p role="alert" class="inline-error">
              {moreError()}
            </p>
          </Show>
          <Show when={(quota()?.approved ?? 0) > 0}>
            <p>
              <a class="button button--secondary" href={receipts()}>
                {printTextFor(props.locale).printLink}
              </a>
            </p>
          </Show>
        </Show>
      </Show>
    </Show>
  );
}
