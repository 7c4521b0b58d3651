import { ErrorBoundary, type ParentProps } from "solid-js";
import { useI18n } from "../i18n/context";
import { ErrorState } from "./status";

/** Keeps a failing plugin component from taking the whole shell down with it. */
export function SafeBoundary(props: ParentProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error, reset) => {
        console.error(error);
        return <ErrorState message={t("state.crashed")} onRetry={reset} />;
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
