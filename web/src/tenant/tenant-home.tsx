import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { useAuth } from "../auth/auth-context";
import { useDocumentTitle } from "../components/document-title";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { visiblePages } from "./admin-pages";
import { tenantHref } from "./paths";
import { useTenant } from "./tenant-context";

/** /t/:tenant — greets the user and links to what they may do. */
export function TenantHome() {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  useDocumentTitle(() => [t("tenant.overview"), home().tenant.shortName]);
  const modules = () => home().modules.filter((m) => auth.canUseModule(m.id));
  const pages = () => {
    const state = auth.state();
    return visiblePages(state.status === "signed-in" ? state.permissions : []);
  };

  return (
    <>
      <h1>{t("home.greeting", { name: auth.user()?.displayName ?? "" })}</h1>
      <p class="lead">{home().tenant.name}</p>
      <section aria-labelledby="quick-links-title">
        <h2 id="quick-links-title">{t("home.quickLinks")}</h2>
        <Show when={pages().length > 0 || modules().length > 0} fallback={<p>{t("home.nothing")}</p>}>
          <ul class="card-list">
            <For each={pages()}>
              {(page) => (
                <li>
                  <A href={tenantHref(auth.tenant, page.slug)} class="card card--link">
                    <span class="card__title">{t(page.title)}</span>
                    <span class="card__meta">{t(page.blurb)}</span>
                  </A>
                </li>
              )}
            </For>
            <For each={modules()}>
              {(m) => (
                <li>
                  <A
                    href={`${tenantHref(auth.tenant)}/m/${encodeURIComponent(m.id)}`}
                    class="card card--link"
                  >
                    <span class="card__title">{localized(m.title, locale())}</span>
                    <span class="card__meta">{t("home.link.module")}</span>
                  </A>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={home().modules.length === 0}>
          <p class="muted">{t("tenant.noModules")}</p>
        </Show>
      </section>
    </>
  );
}
