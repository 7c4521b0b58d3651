import { useLocation, useParams } from "@solidjs/router";
import { createEffect, createSignal, on, onCleanup, type ParentProps, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import type { TenantHomeResponse } from "../api/types";
import { useAuth } from "../auth/auth-context";
import { RequireAuth } from "../auth/require-auth";
import { AsyncView } from "../components/async-view";
import { MainRegion } from "../components/main-region";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import { UnitsProvider } from "../units/units-context";
import { MenuButton } from "./menu-button";
import { SideNav } from "./side-nav";
import { TenantContext, TenantReloadContext } from "./tenant-context";
import { UserMenu } from "./user-menu";

const NAV_ID = "tenant-nav";

/** /t/:tenant/* (signed in) — header with the tenant and the user, navigation, and the page in <main>. */
export function TenantLayout(props: ParentProps) {
  return (
    <RequireAuth>
      <SignedInLayout>{props.children}</SignedInLayout>
    </RequireAuth>
  );
}

function SignedInLayout(props: ParentProps) {
  const params = useParams<{ tenant: string }>();
  const auth = useAuth();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = createSignal(false);
  const [home, { refetch }] = createApiResource(
    () => params.tenant,
    (tenant, api) => api.get<TenantHomeResponse>(`/api/t/${encodeURIComponent(tenant)}`),
  );
  // Keep the last good shell while it reloads (after a module switch) instead of flashing a spinner.
  const ready = () => (home.state === "ready" || home.state === "refreshing" ? home.latest : undefined);

  // Escape closes the phone menu, as it closes a dialog, and gives focus back to its button.
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !menuOpen()) return;
    setMenuOpen(false);
    document.querySelector<HTMLElement>(`[aria-controls="${NAV_ID}"]`)?.focus();
  };
  document.addEventListener("keydown", closeOnEscape);
  onCleanup(() => document.removeEventListener("keydown", closeOnEscape));

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
          <div class="header-actions">
            <UserMenu />
            <Show when={ready()}>
              <MenuButton controls={NAV_ID} expanded={menuOpen()} onToggle={() => setMenuOpen((v) => !v)} />
            </Show>
          </div>
        }
      />
      <div class="container tenant-layout" classList={{ "has-nav": !!ready() }}>
        <Show when={ready()}>
          {(data) => (
            <SideNav
              id={NAV_ID}
              tenantId={data().tenant.id}
              modules={data().modules.filter((m) => auth.canUseModule(m.id))}
              open={menuOpen()}
            />
          )}
        </Show>
        <MainRegion>
          <Show
            when={ready()}
            fallback={
              <AsyncView resource={home} onRetry={refetch} notFoundPage>
                {() => null}
              </AsyncView>
            }
          >
            {(data) => (
              <TenantContext.Provider value={data}>
                <TenantReloadContext.Provider value={() => void refetch()}>
                  <UnitsProvider>{props.children}</UnitsProvider>
                </TenantReloadContext.Provider>
              </TenantContext.Provider>
            )}
          </Show>
        </MainRegion>
      </div>
      <SiteFooter />
    </div>
  );
}
