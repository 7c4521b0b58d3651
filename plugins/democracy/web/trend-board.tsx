import type { WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import { For, Show } from "solid-js";
import { percentLabel, schoolYearLabel, type TrendKind, trendChart } from "../src/trend-chart";
import { num, t } from "./i18n";

interface KindPoint {
  held: number;
  required: number;
  percent: number;
}
interface TrendBoardData {
  series?: { year: string; cbccvc: KindPoint; nld: KindPoint }[];
}

/** Stroke per kind: colour plus dash, so the two lines differ without colour too (SVG attributes, no inline style). */
const strokes: Record<TrendKind, { color: string; dash?: string }> = {
  cbccvc: { color: "#0b4f8a" },
  nld: { color: "#a14a00", dash: "6 4" },
};

/** Line chart of the share of units that held their conference, per kind and school year, with a table fallback. */
export function TrendBoard(props: WebScoreboardProps) {
  const L = () => props.locale;
  const series = () => (props.data as TrendBoardData).series ?? [];
  const chart = () => trendChart(series());
  const ratio = (p: KindPoint) =>
    p.required > 0 ? `${num(L(), p.held)}/${num(L(), p.required)} (${percentLabel(p.percent, L())})` : "—";
  const description = () =>
    series()
      .map(
        (s) =>
          `${schoolYearLabel(s.year)}: ${t(L(), "cbccvc")} ${ratio(s.cbccvc)}; ${t(L(), "nld")} ${ratio(s.nld)}`,
      )
      .join(". ");
  return (
    <Show when={series().length > 0} fallback={<p class="muted">{t(L(), "noData")}</p>}>
      <figure class="card">
        <svg
          viewBox={`0 0 ${chart().width} ${chart().height}`}
          role="img"
          aria-labelledby="democracy-trend-title democracy-trend-desc"
          width="100%"
          font-size="11"
        >
          <title id="democracy-trend-title">{t(L(), "trendTitle")}</title>
          <desc id="democracy-trend-desc">{description()}</desc>
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
            <For each={chart().lines}>
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
          <caption>{t(L(), "trendTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(L(), "schoolYear")}</th>
              <th scope="col">{t(L(), "cbccvc")}</th>
              <th scope="col">{t(L(), "nld")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={series()}>
              {(s) => (
                <tr>
                  <th scope="row">{schoolYearLabel(s.year)}</th>
                  <td class="is-numeric">{ratio(s.cbccvc)}</td>
                  <td class="is-numeric">{ratio(s.nld)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
