import type { WebPluginRouteProps } from "@congdoan/plugin-sdk/web";
import { createResource, createSignal, For, Show } from "solid-js";
import type { AwardRow } from "../../src/boards";
import { awardForms, awardLevels } from "../../src/labels";
import { date, num, year } from "../format";
import { translator } from "../i18n";
import { base, DownloadButton, errorsOf, Failure, Header, Loading } from "../ui";

type DecisionItem = {
  id: string;
  number: string;
  date: string;
  level: keyof typeof awardLevels;
  schoolYear: string;
  signer: string;
  collectives: number;
  individuals: number;
};

/** Award decisions and the summary per level and form (like the Đắk Nông year-end report). */
export default function AwardsPage(props: WebPluginRouteProps) {
  const t = translator(() => props.locale);
  const [summary] = createResource(() => props.api.get<{ rows: AwardRow[] }>("/awards/summary"));
  const [items, setItems] = createSignal<DecisionItem[]>([]);
  const [cursor, setCursor] = createSignal<string | undefined>();
  const [error, setError] = createSignal<unknown>();
  const [loading, setLoading] = createSignal(true);
  const load = async (next?: string) => {
    setLoading(true);
    try {
      const page = await props.api.get<{ items: DecisionItem[]; cursor?: string }>(
        `/decisions${next ? `?cursor=${encodeURIComponent(next)}` : ""}`,
      );
      setItems((xs) => [...xs, ...page.items]);
      setCursor(page.cursor);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };
  void load();
  const print = async (id: string) => {
    try {
      const res = await props.api.raw(`/decisions/${id}/print`);
      const url = URL.createObjectURL(new Blob([await res.text()], { type: "text/html" }));
      window.open(url, "_blank", "noopener");
    } catch (e) {
      setError(errorsOf(e).message);
    }
  };
  const form = (r: AwardRow) =>
    `${awardForms[r.form as keyof typeof awardForms]?.[props.locale] ?? r.form}${r.title ? ` “${r.title}”` : ""}`;
  return (
    <>
      <Header
        title={t("awards.title")}
        lead={t("awards.lead")}
        back={base(props.tenant)}
        backLabel={t("common.back")}
      />
      <Show when={props.permissions.includes("emulation.award")}>
        <p>
          <a class="button" href={`${base(props.tenant)}/khen-thuong/moi`}>
            {props.locale === "vi" ? "Ra quyết định khen thưởng" : "New award decision"}
          </a>
        </p>
      </Show>
      <h2>{t("awards.summary")}</h2>
      <Show when={!summary.loading} fallback={<Loading label={t("common.loading")} />}>
        <Show when={(summary()?.rows.length ?? 0) > 0} fallback={<p class="muted">{t("awards.empty")}</p>}>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access */}
          <section class="table-scroll" tabIndex={0} aria-label={t("awards.summary")}>
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("init.year")}</th>
                  <th scope="col">{t("awards.level")}</th>
                  <th scope="col">{t("awards.form")}</th>
                  <th scope="col" class="is-numeric">
                    {t("awards.collective")}
                  </th>
                  <th scope="col" class="is-numeric">
                    {t("awards.individual")}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={summary()?.rows}>
                  {(r) => (
                    <tr>
                      <td>{year(r.schoolYear)}</td>
                      <td>{awardLevels[r.level as keyof typeof awardLevels]?.[props.locale] ?? r.level}</td>
                      <td>{form(r)}</td>
                      <td class="is-numeric">{num(r.collective, props.locale)}</td>
                      <td class="is-numeric">{num(r.individual, props.locale)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        </Show>
      </Show>
      <h2>{t("awards.decisions")}</h2>
      <Show when={!error()} fallback={<Failure error={error()} />}>
        <Show when={items().length > 0 || loading()} fallback={<p class="muted">{t("awards.empty")}</p>}>
          <ul class="record-list">
            <For each={items()}>
              {(d) => (
                <li class="record">
                  <div class="record__head">
                    <p class="record__title">
                      {t("awards.number")} {d.number} · {date(d.date)}
                    </p>
                    <span class="badge">{awardLevels[d.level]?.[props.locale]}</span>
                  </div>
                  <p class="record__meta">
                    {year(d.schoolYear)} · {num(d.collectives, props.locale)}{" "}
                    {t("awards.collective").toLowerCase()} · {num(d.individuals, props.locale)}{" "}
                    {t("awards.individual").toLowerCase()} · {d.signer}
                  </p>
                  <div class="button-row button-row--compact">
                    <button type="button" class="button button--link" onClick={() => void print(d.id)}>
                      {t("awards.print")}
                    </button>
                    <DownloadButton
                      api={props.api}
                      path={`/exports/awardees.xlsx?decisionId=${encodeURIComponent(d.id)}`}
                      fileName={`danh-sach-khen-thuong-${d.id}.xlsx`}
                      label={t("export.xlsx")}
                    />
                  </div>
                </li>
              )}
            </For>
          </ul>
          <Show when={loading()}>
            <Loading label={t("common.loading")} />
          </Show>
          <Show when={cursor() && !loading()}>
            <p class="load-more">
              <button type="button" class="button button--secondary" onClick={() => void load(cursor())}>
                {t("common.more")}
              </button>
            </p>
          </Show>
        </Show>
      </Show>
    </>
  );
}
