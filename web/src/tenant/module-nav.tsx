import type { WebPluginNavItem } from "@congdoan/plugin-sdk/web";
import { A } from "@solidjs/router";
import { For } from "solid-js";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { joinModulePath } from "../plugins/match-route";

export function ModuleNav(props: { base: string; items: WebPluginNavItem[] }) {
  const { t, locale } = useI18n();
  return (
    <nav class="module-nav" aria-label={t("module.nav.label")}>
      <ul>
        <For each={props.items}>
          {(item) => (
            <li>
              <A href={joinModulePath(props.base, item.path)} end>
                {localized(item.title, locale())}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  );
}
