import { A, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { NotFoundView } from "../components/not-found-view";
import { LoadingState } from "../components/status";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { loadWebPlugin } from "../plugins/registry";
import { ScoreboardView } from "../scoreboard/scoreboard-view";
import { usePortal } from "./portal-context";

/** /p/:tenant/:module/:scoreboard — one public scoreboard, through its plugin's renderer if any. */
export function ScoreboardPage() {
  const { t, locale } = useI18n();
  const params = useParams<{ tenant: string; module: string; scoreboard: string }>();
  const portal = usePortal();
  const ref = () =>
    portal().scoreboards.find((s) => s.module === params.module && s.id === params.scoreboard);
  const title = () => {
    const r = ref();
    return r ? localized(r.title, locale()) : undefined;
  };

  // The client refuses a path outside /api/, which then shows as an invalid-data error.
  const [data, { refetch }] = createApiResource(
    () => ref()?.path,
    (path, api) => api.get<unknown>(path),
  );
  // A plugin that fails to load must not hide public figures: fall back to the generic table.
  const [plugin] = createResource(
    () => ref()?.module,
    (id) => loadWebPlugin(id).catch(() => undefined),
  );
  const custom = () => plugin()?.scoreboards?.[params.scoreboard];

  useDocumentTitle(() => [title(), portal().tenant.shortName]);

  return (
    <Show when={ref()} fallback={<NotFoundView message={t("scoreboard.notFound")} />}>
      {(r) => (
        <article class="scoreboard" aria-labelledby="scoreboard-title">
          <p class="back-link">
            <A href={`/p/${encodeURIComponent(params.tenant)}`}>← {t("portal.back")}</A>
          </p>
          <h1 id="scoreboard-title">{title()}</h1>
          <Show when={r().description}>{(d) => <p class="lead">{localized(d(), locale())}</p>}</Show>
          <AsyncView resource={data} onRetry={refetch}>
            {(value) => (
              <Show when={plugin.state === "ready"} fallback={<LoadingState />}>
                <ScoreboardView data={value()} custom={custom()} fallbackTitle={title() ?? ""} />
              </Show>
            )}
          </AsyncView>
        </article>
      )}
    </Show>
  );
}
