import { useLocation, useNavigate } from "@solidjs/router";
import { createEffect, Match, type ParentProps, Switch } from "solid-js";
import { errorMessage } from "../api/error-message";
import { PublicLayout } from "../components/public-layout";
import { ErrorState, LoadingState } from "../components/status";
import { useI18n } from "../i18n/context";
import { PAGES, tenantHref } from "../tenant/paths";
import { useAuth } from "./auth-context";

/**
 * Shows its children only to a signed-in user. Without a session it sends the user to the login
 * page with `next` set to where they were; a user who must change the password goes there first.
 */
export function RequireAuth(props: ParentProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();

  createEffect(() => {
    const state = auth.state();
    const here = `${location.pathname}${location.search}`;
    if (state.status === "signed-out") {
      navigate(tenantHref(auth.tenant, PAGES.login, [], { next: here }), { replace: true });
    } else if (
      state.status === "signed-in" &&
      state.user.mustChangePassword &&
      location.pathname !== tenantHref(auth.tenant, PAGES.changePassword)
    ) {
      navigate(tenantHref(auth.tenant, PAGES.changePassword, [], { next: here }), { replace: true });
    }
  });

  return (
    <Switch
      fallback={
        <PublicLayout>
          <LoadingState />
        </PublicLayout>
      }
    >
      <Match when={auth.state().status === "signed-in"}>{props.children}</Match>
      <Match when={auth.state().status === "error"}>
        <PublicLayout>
          <ErrorState
            message={errorMessage((auth.state() as { error?: unknown }).error, t)}
            onRetry={auth.retry}
          />
        </PublicLayout>
      </Match>
    </Switch>
  );
}
