import { createEffect, createSignal, Index, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import { type ModuleList, modulesApi } from "../api/modules";
import { useAuth } from "../auth/auth-context";
import { AsyncView } from "../components/async-view";
import { useDocumentTitle } from "../components/document-title";
import { ForbiddenView } from "../components/forbidden-view";
import { PageHeader } from "../components/page-header";
import { EmptyState } from "../components/status";
import { useI18n } from "../i18n/context";
import { useReloadTenant, useTenant } from "../tenant/tenant-context";
import { ModuleCard } from "./module-card";

/** /t/:tenant/cai-dat — switch modules on or off and edit their settings. */
export function SettingsPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("modules.manage")} fallback={<ForbiddenView />}>
      <SettingsView />
    </Show>
  );
}

function SettingsView() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const reloadTenant = useReloadTenant();
  const [resource, { refetch }] = createApiResource(
    () => auth.tenant,
    (tenant, api) => modulesApi.list(api, tenant),
  );
  // Each switch answers with the whole list and the tenant's new version, which the next switch sends.
  const [list, setList] = createSignal<ModuleList>();
  createEffect(() => {
    if (resource.state === "ready") setList(resource());
  });
  useDocumentTitle(() => [t("nav.settings"), home().tenant.shortName]);

  return (
    <>
      <PageHeader title={t("nav.settings")} lead={t("settings.page.lead")} />
      <AsyncView resource={resource} onRetry={refetch}>
        {() => (
          <Show when={list()}>
            {(data) => (
              <Show when={data().items.length > 0} fallback={<EmptyState>{t("settings.empty")}</EmptyState>}>
                <div class="module-list">
                  <Index each={data().items}>
                    {(module) => (
                      <ModuleCard
                        module={module()}
                        version={data().version}
                        onStale={() => void refetch()}
                        onUpdated={(next) => {
                          setList(next);
                          // The navigation lists enabled modules: load the shell again.
                          reloadTenant();
                        }}
                      />
                    )}
                  </Index>
                </div>
              </Show>
            )}
          </Show>
        )}
      </AsyncView>
    </>
  );
}
