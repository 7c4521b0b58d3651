import { type Accessor, type JSX, Match, type Resource, Switch } from "solid-js";
import { errorMessage, isNotFound } from "../api/error-message";
import { useI18n } from "../i18n/context";
import { NotFoundView } from "./not-found-view";
import { ErrorState, LoadingState } from "./status";

interface AsyncViewProps<T> {
  resource: Resource<T>;
  onRetry?: () => void;
  /** Render an API 404 as a not-found page (with the server's message) instead of an error. */
  notFoundPage?: boolean;
  children: (data: Accessor<T>) => JSX.Element;
}

/**
 * Loading / error / data switch for a resource. It reads `resource.state` rather than the
 * value, so nothing suspends and no <Suspense> boundary is needed around pages.
 */
export function AsyncView<T>(props: AsyncViewProps<T>) {
  const { t } = useI18n();
  return (
    <Switch fallback={<LoadingState />}>
      <Match
        when={props.resource.state === "errored" && props.notFoundPage && isNotFound(props.resource.error)}
      >
        <NotFoundView message={errorMessage(props.resource.error, t)} />
      </Match>
      <Match when={props.resource.state === "errored"}>
        <ErrorState message={errorMessage(props.resource.error, t)} onRetry={props.onRetry} />
      </Match>
      {/* "refreshing" keeps the last data on screen while it reloads, so pages keep focus and state. */}
      <Match
        when={
          (props.resource.state === "ready" || props.resource.state === "refreshing") && {
            value: props.resource.latest as T,
          }
        }
      >
        {(box) => props.children(() => box().value)}
      </Match>
    </Switch>
  );
}
