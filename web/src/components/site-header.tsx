import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useI18n } from "../i18n/context";
import { LanguageSwitch } from "./language-switch";

interface SiteHeaderProps {
  /** Organisation the page belongs to, shown under the product bar. */
  context?: string | undefined;
  contextHref?: string | undefined;
  /** Extra controls for the context row (the tenant menu button). */
  actions?: JSX.Element;
}

export function SiteHeader(props: SiteHeaderProps) {
  const { t } = useI18n();
  return (
    <header class="site-header">
      <div class="container site-header__bar">
        <A href="/" class="brand" end>
          <img class="brand__logo" src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t("app.name")}</span>
        </A>
        <LanguageSwitch />
      </div>
      <Show when={props.context || props.actions}>
        <div class="site-header__context">
          <div class="container site-header__context-inner">
            <Show when={props.context}>
              {(name) => (
                <Show when={props.contextHref} fallback={<span class="context-name">{name()}</span>}>
                  {(href) => (
                    <A href={href()} class="context-name" end>
                      {name()}
                    </A>
                  )}
                </Show>
              )}
            </Show>
            {props.actions}
          </div>
        </div>
      </Show>
    </header>
  );
}
