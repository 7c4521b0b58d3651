import type { WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import { For, Show } from "solid-js";
import { count, money, textFor, year } from "./text";

interface Board {
  title: { vi: string; en: string };
  rows: {
    district: string;
    hocGioi: number;
    vuotKho: number;
    caHai: number;
    count: number;
    amount: number;
    previousCount?: number;
  }[];
  previousSchoolYear?: string | null;
  totals: { count: number; amount: number };
}

/** Bars per district (a <meter>, no inline style) with the counts beside them. Aggregates only. */
export default function DistrictBoard(props: WebScoreboardProps) {
  const board = () => props.data as Board;
  const t = () => textFor(props.locale);
  const max = () => Math.max(1, ...board().rows.map((r) => r.count));
  return (
    <div>
      <p class="lead">
        {count(board().totals.count)} {t().awardUnit} · {money(board().totals.amount)}
      </p>
      <Show when={board().rows.length > 0} fallback={<p class="muted">{t().empty}</p>}>
        <table class="data-table">
          <thead>
            <tr>
              <th>{t().district}</th>
              <th>{t().awards}</th>
              <th>{t().budget}</th>
            </tr>
          </thead>
          <tbody>
            <For each={board().rows}>
              {(r) => (
                <tr>
                  <td>
                    {r.district}
                    <br />
                    <meter min={0} max={max()} value={r.count} aria-label={`${r.count}`} />
                  </td>
                  <td>
                    {count(r.count)}
                    <Show when={board().previousSchoolYear}>
                      <span class="muted">
                        {" "}
                        ({t().previousYear} {year(board().previousSchoolYear!)}: {count(r.previousCount ?? 0)}
                        )
                      </span>
                    </Show>
                    <span class="muted">
                      {" "}
                      ({t().categories["hoc-gioi"]} {r.hocGioi} · {t().categories["vuot-kho"]} {r.vuotKho} ·{" "}
                      {t().categories["hoc-gioi-vuot-kho"]} {r.caHai})
                    </span>
                  </td>
                  <td class="nowrap">{money(r.amount)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
