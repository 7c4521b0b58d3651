import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { ModuleSummary } from "../api/types";
import { useAuth } from "../auth/auth-context";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { visiblePages } from "./admin-pages";
import { tenantHref } from "./paths";

interface SideNavProps {
  id: string;
  tenantId: string;
  modules: ModuleSummary[];
  open: boolean;
}

/** The host's pages the user may open, then the tenant's enabled modules. */
export function SideNav(props: SideNavProps) {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const pages = () => {
    const state = auth.state();
    return visiblePages(state.status === "signed-in" ? state.permissions : []);
  };
  return (
    <nav
      id={props.id}
      class="side-nav"
      classList={{ "is-open": props.open }}
      aria-label={t("tenant.nav.label")}
    >
      <ul>
        <li>
          <A href={tenantHref(props.tenantId)} end>
            {t("tenant.overview")}
          </A>
        </li>
        <For each={pages()}>
          {(page) => (
            <li>
              <A href={tenantHref(props.tenantId, page.slug)}>{t(page.title)}</A>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.modules.length > 0}>
        <h2 class="side-nav__heading">{t("nav.modules")}</h2>
        <ul>
          <For each={props.modules}>
            {(m) => (
              <li>
                <A href={`${tenantHref(props.tenantId)}/m/${encodeURIComponent(m.id)}`}>
                  {localized(m.title, locale())}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </nav>
  );
}
