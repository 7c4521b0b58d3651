import { type JSX, Match, Show, Switch } from "solid-js";
import { errorMessage } from "../api/error-message";
import type { PagedList } from "../api/paged-list";
import { useI18n } from "../i18n/context";
import { LoadMore } from "./load-more";
import { EmptyState, ErrorState, LoadingState } from "./status";

/** Loading / error / empty / items + "Tải thêm" for a paged list. */
export function ListView<T>(props: { list: PagedList<T>; empty: JSX.Element; children: JSX.Element }) {
  const { t } = useI18n();
  return (
    <Switch>
      <Match when={props.list.status() === "loading"}>
        <LoadingState />
      </Match>
      <Match when={props.list.status() === "error"}>
        <ErrorState message={errorMessage(props.list.error(), t)} onRetry={props.list.reload} />
      </Match>
      <Match when={props.list.items().length === 0}>
        <EmptyState>{props.empty}</EmptyState>
      </Match>
      <Match when={true}>
        {props.children}
        <Show when={props.list.moreError()}>
          <p class="form-error" role="alert">
            {errorMessage(props.list.moreError(), t)}
          </p>
        </Show>
        <LoadMore
          hasMore={props.list.hasMore()}
          busy={props.list.loadingMore()}
          onLoad={props.list.loadMore}
        />
      </Match>
    </Switch>
  );
}
