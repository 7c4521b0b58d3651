import { A, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useDocumentTitle } from "../components/document-title";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { groupScoreboards } from "./group-scoreboards";
import { usePortal } from "./portal-context";

export function PortalHome() {
  const { t, locale } = useI18n();
  const params = useParams<{ tenant: string }>();
  const portal = usePortal();
  const groups = () => groupScoreboards(portal().modules, portal().scoreboards);
  const base = () => `/p/${encodeURIComponent(params.tenant)}`;
  useDocumentTitle(() => [t("portal.title"), portal().tenant.shortName]);

  return (
    <>
      <h1>{portal().tenant.name}</h1>
      <p class="lead">{t("portal.intro", { name: portal().tenant.shortName })}</p>
      <section aria-labelledby="scoreboards-title">
        <h2 id="scoreboards-title">{t("portal.scoreboards.heading")}</h2>
        <Show when={groups().length > 0} fallback={<EmptyState>{t("portal.empty")}</EmptyState>}>
          <For each={groups()}>
            {(group) => (
              <section class="module-group" aria-labelledby={`module-${group.moduleId}`}>
                <h3 id={`module-${group.moduleId}`}>
                  {group.module ? localized(group.module.title, locale()) : group.moduleId}
                </h3>
                <ul class="card-list">
                  <For each={group.scoreboards}>
                    {(board) => (
                      <li>
                        <A
                          href={`${base()}/${encodeURIComponent(board.module)}/${encodeURIComponent(board.id)}`}
                          class="card card--link"
                        >
                          <span class="card__title">{localized(board.title, locale())}</span>
                          <Show when={board.description}>
                            {(d) => <span class="card__meta">{localized(d(), locale())}</span>}
                          </Show>
                        </A>
                      </li>
                    )}
                  </For>
                </ul>
              </section>
            )}
          </For>
        </Show>
      </section>
    </>
  );
}
