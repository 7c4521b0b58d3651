import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { createMemo, createSignal, For, Show } from "solid-js";
import { percentLabel, schoolYearLabel, type TrendKind, trendChart } from "../src/trend-chart";
import { num, t } from "./i18n";

export interface KindPoint {
  held: number;
  required: number;
  percent: number;
}
export interface TrendPoint {
  year: string;
  cbccvc: KindPoint;
  nld: KindPoint;
}
export interface DistrictSeries {
  districtId: string;
  districtName: string;
  series: TrendPoint[];
}

/** Stroke per kind: colour plus dash, so the two lines differ without colour too (SVG attributes, no inline style). */
const strokes: Record<TrendKind, { color: string; dash?: string }> = {
  cbccvc: { color: "#0b4f8a" },
  nld: { color: "#a14a00", dash: "6 4" },
};

let charts = 0;

/** "46/46 (100%)" or "—" when the kind had no required unit that year. */
const ratio = (L: WebLocale, p: KindPoint) =>
  p.required > 0 ? `${num(L, p.held)}/${num(L, p.required)} (${percentLabel(p.percent, L)})` : "—";

/** The line chart (one line per kind, 0–100%) with its legend and the same figures as a table. */
export function TrendChart(props: { series: TrendPoint[]; locale: WebLocale; title: string }) {
  const L = () => props.locale;
  const id = `democracy-trend-${++charts}`;
  const chart = createMemo(() => trendChart(props.series));
  const description = () =>
    props.series
      .map(
        (s) =>
          `${schoolYearLabel(s.year)}: ${t(L(), "cbccvc")} ${ratio(L(), s.cbccvc)}; ${t(L(), "nld")} ${ratio(L(), s.nld)}`,
      )
      .join(". ");
  return (
    <>
      <figure class="card">
        <svg
          viewBox={`0 0 ${chart().width} ${chart().height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          width="100%"
          font-size="11"
        >
          <title id={`${id}-title`}>{props.title}</title>
          <desc id={`${id}-desc`}>{description()}</desc>
          <For each={chart().yTicks}>
            {(tick) => (
              <g>
                <line
                  x1={chart().plot.left}
                  x2={chart().plot.right}
                  y1={tick.y}
                  y2={tick.y}
                  stroke="#c9d1dc"
                  stroke-width="1"
                />
                <text x={chart().plot.left - 4} y={tick.y + 3} text-anchor="end" fill="#4a5563">
                  {percentLabel(tick.percent, L())}
                </text>
              </g>
            )}
          </For>
          <For each={chart().xTicks}>
            {(tick) => (
              <text x={tick.x} y={chart().plot.bottom + 16} text-anchor="middle" fill="#4a5563">
                {tick.label}
              </text>
            )}
          </For>
          <For each={chart().lines}>
            {(line) => (
              <g>
                <path
                  d={line.path}
                  fill="none"
                  stroke={strokes[line.kind].color}
                  stroke-width="2"
                  stroke-dasharray={strokes[line.kind].dash}
                />
                <For each={line.points}>
                  {(p) => (
                    <circle cx={p.x} cy={p.y} r="3" fill={strokes[line.kind].color}>
                      <title>
                        {t(L(), line.kind)} {schoolYearLabel(p.year)}: {percentLabel(p.percent, L())}
                      </title>
                    </circle>
                  )}
                </For>
              </g>
            )}
          </For>
        </svg>
        <figcaption>
          <ul class="record-list">
            <For each={chart().lines.filter((line) => line.points.length > 0)}>
              {(line) => (
                <li class="record">
                  <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
                    <line
                      x1="0"
                      x2="28"
                      y1="5"
                      y2="5"
                      stroke={strokes[line.kind].color}
                      stroke-width="2"
                      stroke-dasharray={strokes[line.kind].dash}
                    />
                  </svg>{" "}
                  {t(L(), line.kind)}
                </li>
              )}
            </For>
          </ul>
        </figcaption>
      </figure>
      <div class="table-scroll">
        <table class="data-table">
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(L(), "schoolYear")}</th>
              <th scope="col">{t(L(), "cbccvc")}</th>
              <th scope="col">{t(L(), "nld")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.series}>
              {(s) => (
                <tr>
                  <th scope="row">{schoolYearLabel(s.year)}</th>
                  <td class="is-numeric">{ratio(L(), s.cbccvc)}</td>
                  <td class="is-numeric">{ratio(L(), s.nld)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * The trend of the whole federation or of one district, picked in a selector. Every series comes
 * with the data already loaded (the public board or the compliance view): switching reads nothing.
 */
export function DistrictTrend(props: {
  series: TrendPoint[];
  districts: DistrictSeries[];
  locale: WebLocale;
}) {
  const L = () => props.locale;
  const [districtId, setDistrictId] = createSignal("");
  const chosen = () => props.districts.find((d) => d.districtId === districtId());
  const title = () =>
    chosen()
      ? `${t(L(), "trendTitle")} — ${chosen()?.districtName}`
      : `${t(L(), "trendTitle")} — ${t(L(), "total")}`;
  return (
    <Show when={props.series.length > 0} fallback={<p class="muted">{t(L(), "noData")}</p>}>
      <Show when={props.districts.length > 1}>
        <div class="filters">
          <label class="field">
            <span class="field__label">{t(L(), "trendDistrict")}</span>
            <select class="input" value={districtId()} onChange={(e) => setDistrictId(e.currentTarget.value)}>
              <option value="">{t(L(), "total")}</option>
              <For each={props.districts}>
                {(d) => <option value={d.districtId}>{d.districtName}</option>}
              </For>
            </select>
          </label>
        </div>
      </Show>
      <TrendChart series={chosen()?.series ?? props.series} locale={L()} title={title()} />
    </Show>
  );
}
