import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { textFor } from "./text";

type Status = keyof ReturnType<typeof textFor>["status"];
interface Row {
  id: string;
  pseudonym: string;
  status: Status;
  category: keyof ReturnType<typeof textFor>["categories"];
}
const STATUSES: Status[] = ["approved", "waiting", "paid", "rejected", "withdrawn"];

/** Files by status for the deciders (approved ones wait for their hand-out), each opening its page. */
export function StatusList(props: WebPluginRouteProps & { programmeId: string; refresh: number }) {
  const t = () => textFor(props.locale);
  const [status, setStatus] = createSignal<Status>("approved");
  const path = (s: Status) => `/programmes/${props.programmeId}/nominations?status=${s}`;
  // The first page comes with the status; "more" appends the next pages after it.
  const [extra, setExtra] = createSignal<Row[]>([]);
  const [next, setNext] = createSignal<string | undefined>();
  const [rows] = createResource(
    () => [status(), props.refresh] as const,
    async ([s]) => {
      const page = await props.api.get<{ items: Row[]; cursor?: string }>(path(s));
      setExtra([]);
      setNext(page.cursor);
      return page;
    },
  );
  async function loadMore() {
    const page = await props.api.get<{ items: Row[]; cursor?: string }>(
      `${path(status())}&cursor=${encodeURIComponent(next()!)}`,
    );
    setExtra([...extra(), ...page.items]);
    setNext(page.cursor);
  }
  return (
    <>
      <h2>{t().byStatus}</h2>
      <div class="field">
        <label class="field__label" for="sch-status">
          {t().statusLabel}
        </label>
        <select id="sch-status" class="input" onChange={(e) => setStatus(e.currentTarget.value as Status)}>
          <For each={STATUSES}>{(s) => <option value={s}>{t().status[s]}</option>}</For>
        </select>
      </div>
      <Show when={rows()} fallback={<p class="status status--loading">…</p>}>
        <Show when={rows()!.items.length > 0} fallback={<p class="muted">{t().noneWithStatus}</p>}>
          <ul class="record-list" aria-label={t().byStatus}>
            <For each={[...rows()!.items, ...extra()]}>
              {(n) => (
                <li class="record">
                  <a
                    href={`/t/${props.tenant}/m/scholarships/programmes/${props.programmeId}/nominations/${n.id}`}
                  >
                    {n.pseudonym}
                  </a>{" "}
                  · {t().categories[n.category]} · <span class="badge">{t().status[n.status]}</span>
                </li>
              )}
            </For>
          </ul>
          <Show when={next()}>
            <div class="load-more">
              <button type="button" class="button button--secondary" onClick={() => void loadMore()}>
                {t().more}
              </button>
            </div>
          </Show>
        </Show>
      </Show>
    </>
  );
}
