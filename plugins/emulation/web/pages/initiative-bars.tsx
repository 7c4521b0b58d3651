import type { WebLocale, WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import { For, Show } from "solid-js";
import { num, year } from "../format";
import { translator } from "../i18n";

type Row = { period: string; district: string; submitted: number; recognised: number };

/** Horizontal bars drawn in SVG (attributes, not styles: the CSP forbids inline styles). */
export function InitiativeBars(props: { rows: Row[]; locale: WebLocale }) {
  const t = translator(() => props.locale);
  const max = () => Math.max(1, ...props.rows.map((r) => r.submitted));
  const width = 320;
  const rowHeight = 44;
  return (
    <Show when={props.rows.length > 0} fallback={<p class="muted">{t("init.empty")}</p>}>
      <figure>
        <svg
          viewBox={`0 0 ${width} ${props.rows.length * rowHeight}`}
          role="img"
          aria-label={t("chart.caption")}
          width="100%"
        >
          <For each={props.rows}>
            {(r, i) => (
              <g transform={`translate(0 ${i() * rowHeight})`}>
                <text x="0" y="12" font-size="11" fill="currentColor">
                  {r.district} ({year(r.period)})
                </text>
                <rect x="0" y="16" height="10" width={(r.submitted / max()) * width} fill="#c8d3e3" />
                <rect x="0" y="16" height="10" width={(r.recognised / max()) * width} fill="#1d4e89" />
                <text x="0" y="38" font-size="10" fill="currentColor">
                  {num(r.recognised, props.locale)} / {num(r.submitted, props.locale)}
                </text>
              </g>
            )}
          </For>
        </svg>
        <figcaption class="muted">
          {t("init.recognised")} / {t("init.submitted")}
        </figcaption>
      </figure>
    </Show>
  );
}

/** Public board renderer: the chart plus the generic numbers as a table. */
export function InitiativesBoard(props: WebScoreboardProps) {
  const t = translator(() => props.locale);
  const data = () =>
    (props.data ?? {}) as {
      chart?: { label: string; submitted: number; recognised: number }[];
      rows?: { period: string; district: string; submitted: number; recognised: number }[];
    };
  const rows = () => (data().rows ?? []).map((r) => ({ ...r, period: r.period.replace("–", "-") }));
  return (
    <>
      <InitiativeBars rows={rows()} locale={props.locale} />
      <Show when={rows().length > 0}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access */}
        <section class="table-scroll" tabIndex={0} aria-label={t("init.summary")}>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t("init.year")}</th>
                <th scope="col">{t("init.unit")}</th>
                <th scope="col" class="is-numeric">
                  {t("init.submitted")}
                </th>
                <th scope="col" class="is-numeric">
                  {t("init.recognised")}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(r) => (
                  <tr>
                    <td>{year(r.period)}</td>
                    <td>{r.district}</td>
                    <td class="is-numeric">{num(r.submitted, props.locale)}</td>
                    <td class="is-numeric">{num(r.recognised, props.locale)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
    </>
  );
}
