import { type JSX, Show } from "solid-js";
import { useI18n } from "../i18n/context";

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p class="status status--loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t("state.loading")}
    </p>
  );
}

export function ErrorState(props: { message: string; onRetry?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <div class="status status--error" role="alert">
      <h2 class="status__title">{t("state.error.title")}</h2>
      <p>{props.message}</p>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button" onClick={() => retry()()}>
            {t("state.retry")}
          </button>
        )}
      </Show>
    </div>
  );
}

export function EmptyState(props: { children: JSX.Element }) {
  return <p class="status status--empty">{props.children}</p>;
}
