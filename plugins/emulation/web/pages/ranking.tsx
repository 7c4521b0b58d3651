import type { PluginApi, WebLocale } from "@congdoan/plugin-sdk/web";
import { createResource, For, Show } from "solid-js";
import type { RankingBoard } from "../../src/boards";
import { num } from "../format";
import { translator } from "../i18n";

/** One table per cluster: rank, unit, score, classification. */
export function RankingTables(props: {
  api: PluginApi;
  locale: WebLocale;
  movementId: string;
  schoolYear: string;
}) {
  const t = translator(() => props.locale);
  const [data] = createResource(
    () => `/movements/${props.movementId}/ranking/${props.schoolYear}`,
    (p) => props.api.get<{ clusters: RankingBoard[] }>(p),
  );
  const clusters = () => (data()?.clusters ?? []).filter((c) => c.rows.length > 0);
  return (
    <Show when={clusters().length > 0} fallback={<p class="muted">{t("ranking.empty")}</p>}>
      <For each={clusters()}>
        {(c) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access
          <section class="table-scroll" tabIndex={0} aria-label={c.clusterName}>
            <table class="data-table">
              <caption>{c.clusterName}</caption>
              <thead>
                <tr>
                  <th scope="col" class="is-numeric">
                    {t("ranking.rank")}
                  </th>
                  <th scope="col">{t("ranking.unit")}</th>
                  <th scope="col" class="is-numeric">
                    {t("ranking.score")}
                  </th>
                  <th scope="col">{t("ranking.class")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={c.rows}>
                  {(r) => (
                    <tr>
                      <td class="is-numeric">{num(r.rank, props.locale)}</td>
                      <td>{r.unitName}</td>
                      <td class="is-numeric">{num(r.score, props.locale)}</td>
                      <td>{t(`class.${r.classification}`)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        )}
      </For>
    </Show>
  );
}
