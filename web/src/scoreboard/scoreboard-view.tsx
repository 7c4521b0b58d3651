import type { WebScoreboardProps } from "@congdoan/plugin-sdk/web";
import type { Component } from "solid-js";
import { Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { SafeBoundary } from "../components/safe-boundary";
import { ErrorState } from "../components/status";
import { useI18n } from "../i18n/context";
import { parseGenericScoreboard } from "./generic";
import { GenericTable } from "./generic-table";

interface ScoreboardViewProps {
  data: unknown;
  /** The plugin's own renderer for this scoreboard, if it ships one. */
  custom: Component<WebScoreboardProps> | undefined;
  fallbackTitle: string;
}

export function ScoreboardView(props: ScoreboardViewProps) {
  const { t, locale } = useI18n();
  const generic = () => parseGenericScoreboard(props.data);
  return (
    <Show
      when={props.custom}
      fallback={
        <Show when={generic()} fallback={<ErrorState message={t("scoreboard.invalid")} />}>
          {(board) => <GenericTable board={board()} fallbackTitle={props.fallbackTitle} />}
        </Show>
      }
    >
      {(custom) => (
        <SafeBoundary>
          <Dynamic component={custom()} data={props.data} locale={locale()} />
        </SafeBoundary>
      )}
    </Show>
  );
}
