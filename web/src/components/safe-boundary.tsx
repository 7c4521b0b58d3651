import { ErrorBoundary, type ParentProps } from "solid-js";
import { ApiError } from "../api/errors";
import { useI18n } from "../i18n/context";
import { ForbiddenView } from "./forbidden-view";
import { NotFoundView } from "./not-found-view";
import { ErrorState } from "./status";

/**
 * Keeps a failing plugin component from taking the whole shell down with it. A page that failed
 * because the API refused it (403) or found nothing (404) says so, like the shell's own pages.
 */
export function SafeBoundary(props: ParentProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error, reset) => {
        if (error instanceof ApiError && error.status === 403) return <ForbiddenView />;
        if (error instanceof ApiError && error.status === 404)
          return <NotFoundView message={error.message} />;
        console.error(error);
        return <ErrorState message={t("state.crashed")} onRetry={reset} />;
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
