import { A } from "@solidjs/router";
import { For } from "solid-js";
import type { ModuleSummary } from "../api/types";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";

interface SideNavProps {
  id: string;
  tenantId: string;
  modules: ModuleSummary[];
  open: boolean;
}

export function SideNav(props: SideNavProps) {
  const { t, locale } = useI18n();
  const base = () => `/t/${encodeURIComponent(props.tenantId)}`;
  return (
    <nav
      id={props.id}
      class="side-nav"
      classList={{ "is-open": props.open }}
      aria-label={t("tenant.nav.label")}
    >
      <ul>
        <li>
          <A href={base()} end>
            {t("tenant.overview")}
          </A>
        </li>
        <For each={props.modules}>
          {(m) => (
            <li>
              <A href={`${base()}/m/${encodeURIComponent(m.id)}`}>{localized(m.title, locale())}</A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
