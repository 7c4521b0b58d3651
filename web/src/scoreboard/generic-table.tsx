import { createUniqueId, For, Show } from "solid-js";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { formatCell, type GenericScoreboard, isNumericColumn, textFor } from "./generic";

export function GenericTable(props: { board: GenericScoreboard; fallbackTitle: string }) {
  const { t, locale } = useI18n();
  const captionId = createUniqueId();
  const caption = () => (props.board.title ? textFor(props.board.title, locale()) : props.fallbackTitle);

  return (
    <Show when={props.board.rows.length > 0} fallback={<EmptyState>{t("scoreboard.noRows")}</EmptyState>}>
      {/* Focusable, labelled scroll region: wide tables must stay usable by keyboard at 360 px. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access */}
      <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table class="data-table">
          <caption id={captionId}>{caption()}</caption>
          <thead>
            <tr>
              <For each={props.board.columns}>
                {(col) => (
                  <th scope="col" classList={{ "is-numeric": isNumericColumn(props.board.rows, col.key) }}>
                    {textFor(col.label, locale())}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={props.board.rows}>
              {(row) => (
                <tr>
                  <For each={props.board.columns}>
                    {(col) => {
                      const cell = () => formatCell(row[col.key], locale());
                      return <td classList={{ "is-numeric": cell().numeric }}>{cell().text}</td>;
                    }}
                  </For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
