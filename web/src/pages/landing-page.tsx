import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import type { PublicIndexResponse } from "../api/types";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { PublicLayout } from "../components/public-layout";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";

export function LandingPage() {
  const { t } = useI18n();
  const [index, { refetch }] = createApiResource(
    () => "/api/public",
    (path, api) => api.get<PublicIndexResponse>(path),
  );
  useDocumentTitle(() => [t("app.name")]);

  return (
    <PublicLayout>
      <section class="hero" aria-labelledby="landing-title">
        <h1 id="landing-title">{t("app.name")}</h1>
        <p class="lead">{t("app.description")}</p>
      </section>
      <section aria-labelledby="tenants-title">
        <h2 id="tenants-title">{t("landing.tenants.heading")}</h2>
        <AsyncView resource={index} onRetry={refetch}>
          {(data) => (
            <Show
              when={data().tenants.length > 0}
              fallback={<EmptyState>{t("landing.tenants.empty")}</EmptyState>}
            >
              <ul class="card-list">
                <For each={data().tenants}>
                  {(tenant) => (
                    <li>
                      <A href={`/p/${encodeURIComponent(tenant.id)}`} class="card card--link">
                        <span class="card__title">{tenant.name}</span>
                        <span class="card__meta">{tenant.shortName}</span>
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </AsyncView>
      </section>
    </PublicLayout>
  );
}
