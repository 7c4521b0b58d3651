import { useLocation, useParams } from "@solidjs/router";
import { createEffect, createSignal, on, type ParentProps, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import type { TenantHomeResponse } from "../api/types";
import { AsyncView } from "../components/async-view";
import { MainRegion } from "../components/main-region";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import { MenuButton } from "./menu-button";
import { SideNav } from "./side-nav";
import { TenantContext } from "./tenant-context";

const NAV_ID = "tenant-nav";

/** /t/:tenant/* — header with the tenant, module navigation, and the page in <main>. */
export function TenantLayout(props: ParentProps) {
  const params = useParams<{ tenant: string }>();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = createSignal(false);
  const [home, { refetch }] = createApiResource(
    () => params.tenant,
    (tenant, api) => api.get<TenantHomeResponse>(`/api/t/${encodeURIComponent(tenant)}`),
  );
  const ready = () => (home.state === "ready" ? home() : undefined);

  // On phones the menu overlays the page; picking a destination should reveal it.
  createEffect(
    on(
      () => location.pathname,
      () => setMenuOpen(false),
      { defer: true },
    ),
  );

  return (
    <div class="page">
      <SiteHeader
        context={ready()?.tenant.name}
        contextHref={`/t/${encodeURIComponent(params.tenant)}`}
        actions={
          <Show when={ready()}>
            <MenuButton controls={NAV_ID} expanded={menuOpen()} onToggle={() => setMenuOpen((v) => !v)} />
          </Show>
        }
      />
      <div class="container tenant-layout" classList={{ "has-nav": !!ready() }}>
        <Show when={ready()}>
          {(data) => (
            <SideNav id={NAV_ID} tenantId={data().tenant.id} modules={data().modules} open={menuOpen()} />
          )}
        </Show>
        <MainRegion>
          <AsyncView resource={home} onRetry={refetch} notFoundPage>
            {(data) => <TenantContext.Provider value={data}>{props.children}</TenantContext.Provider>}
          </AsyncView>
        </MainRegion>
      </div>
      <SiteFooter />
    </div>
  );
}
