import type { PluginApi, WebLocale } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import { dateVi, num, t } from "./i18n";
import type { CampaignRow } from "./types";

const FILTERS = ["all", "not-held", "held", "late", "no-quorum"] as const;
type Filter = (typeof FILTERS)[number];
const filterKey = {
  all: "filterAll",
  "not-held": "filterNotHeld",
  held: "filterHeld",
  late: "filterLate",
  "no-quorum": "filterNoQuorum",
} as const;

interface Page {
  items: CampaignRow[];
  total: number;
  counts: Record<Filter, number>;
  cursor?: string;
}

/**
 * A campaign's units, a page at a time: search by name (marks ignored), filter by status, per-unit
 * kind and "required" for a manager while the campaign is open.
 */
export function CampaignUnits(props: {
  base: string;
  tenant: string;
  year: string;
  api: PluginApi;
  locale: WebLocale;
  editable: boolean;
  onError: (message: string) => void;
}) {
  const L = () => props.locale;
  const [q, setQ] = createSignal("");
  const [filter, setFilter] = createSignal<Filter>("all");
  const [rows, setRows] = createSignal<CampaignRow[]>([]);
  const [more, setMore] = createSignal<string | undefined>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const query = (cursor?: string) => {
    const params = new URLSearchParams({ status: filter(), limit: "30" });
    if (q().trim()) params.set("q", q().trim());
    if (cursor) params.set("cursor", cursor);
    return `${props.base}/units?${params}`;
  };
  const [page] = createResource(
    () => query(),
    async (path) => {
      const result = await props.api.get<Page>(path);
      setRows(result.items);
      setMore(result.cursor);
      return result;
    },
  );

  async function loadMore() {
    const cursor = more();
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const next = await props.api.get<Page>(query(cursor));
      setRows([...rows(), ...next.items]);
      setMore(next.cursor);
    } catch (e) {
      props.onError((e as Error).message);
    } finally {
      setLoadingMore(false);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = (text: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => setQ(text), 300);
  };

  async function setUnit(row: CampaignRow, change: Partial<Pick<CampaignRow, "kind" | "required">>) {
    const body = { kind: change.kind ?? row.kind, required: change.required ?? row.required };
    try {
      const updated = await props.api.send<CampaignRow>("PUT", `${props.base}/units/${row.unitId}`, body);
      setRows(rows().map((u) => (u.unitId === updated.unitId ? updated : u)));
    } catch (e) {
      props.onError((e as Error).message);
    }
  }

  const status = (row: CampaignRow) =>
    row.status === "held"
      ? `${t(L(), "held")} ${dateVi(row.heldOn)}`
      : row.status === "planned"
        ? `${t(L(), "planned")} ${dateVi(row.plannedOn)}`
        : t(L(), "none");

  return (
    <section>
      <h2>{t(L(), "units")}</h2>
      <div class="filters">
        <label class="field">
          <span class="field__label">{t(L(), "searchUnit")}</span>
          <input
            class="input"
            type="search"
            placeholder={t(L(), "searchPlaceholder")}
            onInput={(e) => search(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field__label">{t(L(), "statusFilter")}</span>
          <select class="input" value={filter()} onChange={(e) => setFilter(e.currentTarget.value as Filter)}>
            <For each={FILTERS}>
              {(f) => (
                <option value={f}>
                  {t(L(), filterKey[f])}
                  {page() ? ` (${num(L(), page()?.counts[f] ?? 0)})` : ""}
                </option>
              )}
            </For>
          </select>
        </label>
      </div>
      <Show when={page.error}>
        <p class="form-error">{String((page.error as Error)?.message ?? "")}</p>
      </Show>
      <Show when={page()}>
        {(p) => (
          <p class="muted" role="status">
            {t(L(), "shownOf", { n: num(L(), rows().length), total: num(L(), p().total) })}
          </p>
        )}
      </Show>
      <Show
        when={rows().length > 0}
        fallback={<p class="muted">{page.loading ? t(L(), "loading") : t(L(), "noUnitsFound")}</p>}
      >
        <ul class="card-list">
          <For each={rows()}>
            {(row) => (
              <li class="card">
                <p class="card__title">
                  <a href={`/t/${props.tenant}/m/democracy/conference/${props.year}/${row.unitId}`}>
                    {row.unitName}
                  </a>
                </p>
                <p class="card__meta">
                  {status(row)}
                  <Show when={row.status === "held" && !row.quorumMet}>
                    {" · "}
                    <span class="badge badge--warn">{t(L(), "filterNoQuorum")}</span>
                  </Show>
                  <Show when={row.status === "held" && !row.onTime}>
                    {" · "}
                    <span class="badge badge--warn">{t(L(), "filterLate")}</span>
                  </Show>
                </p>
                <div class="form-grid">
                  <label class="field">
                    <span class="field__label">{t(L(), "kind")}</span>
                    <select
                      class="input"
                      value={row.kind}
                      disabled={!props.editable}
                      onChange={(e) =>
                        void setUnit(row, { kind: e.currentTarget.value as CampaignRow["kind"] })
                      }
                    >
                      <option value="cbccvc">{t(L(), "cbccvc")}</option>
                      <option value="nld">{t(L(), "nld")}</option>
                    </select>
                  </label>
                  <label class="field field--check">
                    <input
                      type="checkbox"
                      checked={row.required}
                      disabled={!props.editable}
                      onChange={(e) => void setUnit(row, { required: e.currentTarget.checked })}
                    />
                    <span>{t(L(), "requiredUnit")}</span>
                  </label>
                </div>
              </li>
            )}
          </For>
        </ul>
        <Show when={more()}>
          <p class="load-more">
            <button
              type="button"
              class="button button--secondary"
              disabled={loadingMore()}
              onClick={() => void loadMore()}
            >
              {t(L(), "loadMore")}
            </button>
          </p>
        </Show>
      </Show>
    </section>
  );
}
