import { Show } from "solid-js";
import { useI18n } from "../i18n/context";

/** "Tải thêm": next page of a cursor-paged list. */
export function LoadMore(props: { hasMore: boolean; busy: boolean; onLoad: () => void }) {
  const { t } = useI18n();
  return (
    <Show when={props.hasMore}>
      <p class="load-more">
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          aria-busy={props.busy}
          onClick={() => props.onLoad()}
        >
          {props.busy ? t("state.loading") : t("action.loadMore")}
        </button>
      </p>
    </Show>
  );
}
