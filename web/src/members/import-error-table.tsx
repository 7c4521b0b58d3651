import { createUniqueId, For, Show } from "solid-js";
import type { ImportPreview } from "../api/members";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { FIELD_LABELS } from "./labels";

const SHOWN = 300;

/** The row-level problems of a file, as the server explains them (in the user's language). */
export function ImportErrorTable(props: { errors: ImportPreview["errors"] }) {
  const { t } = useI18n();
  const captionId = createUniqueId();
  const column = (field: string | undefined) => {
    if (!field) return "";
    const key = FIELD_LABELS[field];
    return key ? t(key) : field;
  };
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region needs keyboard access */}
      <section class="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table class="data-table">
          <caption id={captionId}>{t("import.errors.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" class="is-numeric">
                {t("import.errors.row")}
              </th>
              <th scope="col">{t("import.errors.column")}</th>
              <th scope="col">{t("import.errors.message")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.errors.slice(0, SHOWN)}>
              {(error) => (
                <tr>
                  <td class="is-numeric">{formatNumber(error.row)}</td>
                  <td>{column(error.field)}</td>
                  <td>{error.message}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <Show when={props.errors.length > SHOWN}>
        <p class="muted">
          {t("import.errors.more", { shown: SHOWN, total: formatNumber(props.errors.length) })}
        </p>
      </Show>
    </>
  );
}
