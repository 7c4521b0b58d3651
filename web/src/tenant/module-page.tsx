import type { WebPluginDefinition } from "@congdoan/plugin-sdk/web";
import { useParams } from "@solidjs/router";
import { createMemo, createResource, Match, Show, Switch } from "solid-js";
import { Dynamic } from "solid-js/web";
import { useAuth } from "../auth/auth-context";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { ForbiddenView } from "../components/forbidden-view";
import { SafeBoundary } from "../components/safe-boundary";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { matchPluginRoute } from "../plugins/match-route";
import { loadWebPlugin } from "../plugins/registry";
import { ModuleDisabled } from "./module-disabled";
import { ModuleNav } from "./module-nav";
import { createPluginApi } from "./plugin-api";
import { useTenant } from "./tenant-context";

/** /t/:tenant/m/:module/*rest — loads the module's web plugin on demand and renders its page. */
export function ModulePage() {
  const { locale } = useI18n();
  const auth = useAuth();
  const params = useParams<{ tenant: string; module: string; rest?: string }>();
  const home = useTenant();
  // Only modules the API lists as enabled may load, even if the bundle contains the plugin.
  const enabled = () => home().modules.find((m) => m.id === params.module);
  const [plugin, { refetch }] = createResource(
    () => (enabled() ? params.module : false),
    (id) => loadWebPlugin(id),
  );
  const moduleTitle = () => {
    const m = enabled();
    return m ? localized(m.title, locale()) : undefined;
  };

  return (
    <Show when={enabled()} fallback={<ModuleDisabled />}>
      <Show when={auth.canUseModule(params.module)} fallback={<ForbiddenView />}>
        <AsyncView resource={plugin} onRetry={refetch}>
          {(def) => (
            <Show when={def()} fallback={<ModuleDisabled />}>
              {(d) => <PluginPages def={d()} moduleTitle={moduleTitle() ?? d().id} rest={params.rest} />}
            </Show>
          )}
        </AsyncView>
      </Show>
    </Show>
  );
}

function PluginPages(props: { def: WebPluginDefinition; moduleTitle: string; rest: string | undefined }) {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const params = useParams<{ tenant: string; module: string }>();
  const home = useTenant();
  // The module's own API, with the user's session; rebuilt only when the module changes.
  const pluginApi = createMemo(() => createPluginApi(auth.api, params.tenant, params.module));
  const permissions = () => {
    const state = auth.state();
    return state.status === "signed-in" ? state.permissions : [];
  };
  const base = () => `/t/${encodeURIComponent(params.tenant)}/m/${encodeURIComponent(params.module)}`;
  const match = () => matchPluginRoute(props.def.routes, props.rest);
  useDocumentTitle(() => {
    const m = match();
    return [m ? localized(m.route.title, locale()) : undefined, props.moduleTitle, home().tenant.shortName];
  });

  return (
    <div class="module">
      <Show when={props.def.nav?.length}>
        <ModuleNav base={base()} items={props.def.nav ?? []} />
      </Show>
      <Switch fallback={<EmptyState>{t("module.pageNotFound")}</EmptyState>}>
        <Match when={match()}>
          {(m) => (
            <SafeBoundary>
              <Dynamic
                component={m().route.component}
                tenant={params.tenant}
                params={m().params}
                locale={locale()}
                api={pluginApi()}
                permissions={permissions()}
              />
            </SafeBoundary>
          )}
        </Match>
      </Switch>
    </div>
  );
}
