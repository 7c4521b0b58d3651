import type { WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import { For, Show } from "solid-js";
import { t, yearLabel } from "./i18n";
import type { CountsView, DistrictView } from "./types";

interface Board {
  year?: string;
  districts?: DistrictView[];
  byKind?: { cbccvc: CountsView; nld: CountsView };
}

/** Bars per district and kind (native <progress>: no inline styles under the strict CSP). */
export function ComplianceBoard(props: WebScoreboardProps) {
  const data = () => props.data as Board;
  const bar = (c: CountsView, label: string) => (
    <Show when={c.required > 0}>
      <div class="field">
        <span>
          {label}: <strong>{c.text}</strong>
        </span>
        <progress max={c.required} value={c.held} aria-label={`${label} ${c.text}`} />
      </div>
    </Show>
  );
  return (
    <div class="card-list">
      <Show when={data().year} fallback={<p class="muted">{t(props.locale, "noData")}</p>}>
        <p class="lead">
          {t(props.locale, "schoolYear")} {yearLabel(data().year)}
        </p>
        <For each={data().districts ?? []}>
          {(d) => (
            <div class="card">
              <h3>{d.districtName}</h3>
              {bar(d.byKind.cbccvc, t(props.locale, "cbccvc"))}
              {bar(d.byKind.nld, t(props.locale, "nld"))}
              <p class="muted">
                {t(props.locale, "documents")}: {d.total.documentsAdopted}
              </p>
            </div>
          )}
        </For>
      </Show>
    </div>
  );
}
