import { useNavigate, useSearchParams } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import { errorMessage, isNotFound } from "../api/error-message";
import type { PublicPortalResponse } from "../api/types";
import { useDocumentTitle } from "../components/document-title";
import { TextField } from "../components/field";
import { FormError } from "../components/form-messages";
import { NotFoundView } from "../components/not-found-view";
import { PasswordField } from "../components/password-field";
import { PublicLayout } from "../components/public-layout";
import { LoadingState } from "../components/status";
import { focusFirstInvalid } from "../forms/focus";
import { useI18n } from "../i18n/context";
import { PAGES, safeNext, tenantHref } from "../tenant/paths";
import { useAuth } from "./auth-context";

/** /t/:tenant/dang-nhap */
export function LoginPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  // The public portal names the federation without a login, and says so when the slug is wrong.
  const [portal] = createApiResource(
    () => auth.tenant,
    (tenant, api) => api.get<PublicPortalResponse>(`/api/public/${encodeURIComponent(tenant)}`),
  );
  const tenantName = () => (portal.state === "ready" ? portal().tenant.shortName : undefined);
  const [username, setUsername] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [missing, setMissing] = createSignal<{ username?: string; password?: string }>({});

  useDocumentTitle(() => [t("login.title"), tenantName()]);

  const destination = () => safeNext(search.next, auth.tenant) ?? tenantHref(auth.tenant);

  // Already signed in (another tab, or back button): go on instead of showing the form.
  createEffect(() => {
    const state = auth.state();
    if (state.status !== "signed-in") return;
    if (state.user.mustChangePassword) {
      navigate(tenantHref(auth.tenant, PAGES.changePassword, [], { next: destination() }), { replace: true });
    } else {
      navigate(destination(), { replace: true });
    }
  });

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const errs = {
      ...(username().trim() ? {} : { username: t("form.required") }),
      ...(password() ? {} : { password: t("form.required") }),
    };
    setMissing(errs);
    if (errs.username || errs.password) return focusFirstInvalid(form);
    setBusy(true);
    setError(undefined);
    try {
      await auth.login(username().trim(), password());
      // The effect above navigates once the session is in place.
    } catch (e) {
      setError(errorMessage(e, t));
      setPassword("");
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicLayout context={tenantName()} contextHref={`/p/${encodeURIComponent(auth.tenant)}`}>
      <Show
        when={!(portal.state === "errored" && isNotFound(portal.error))}
        fallback={<NotFoundView message={errorMessage(portal.error, t)} />}
      >
        <Show when={auth.state().status !== "checking"} fallback={<LoadingState />}>
          <section class="auth-card" aria-labelledby="login-title">
            <h1 id="login-title">{t("login.title")}</h1>
            <Show when={tenantName()}>
              <p class="lead">{t("login.lead", { name: tenantName() ?? "" })}</p>
            </Show>
            <form class="form" onSubmit={submit} noValidate>
              <TextField
                label={t("login.username")}
                name="username"
                autocomplete="username"
                autocapitalize="off"
                spellcheck={false}
                required
                value={username()}
                onValue={setUsername}
                error={missing().username}
              />
              <PasswordField
                label={t("login.password")}
                name="password"
                autocomplete="current-password"
                required
                value={password()}
                onValue={setPassword}
                error={missing().password}
              />
              <FormError message={error()} />
              <button type="submit" class="button button--block" disabled={busy()} aria-busy={busy()}>
                {busy() ? t("login.sending") : t("login.submit")}
              </button>
            </form>
            <p class="auth-card__note">{t("login.forgot")}</p>
          </section>
        </Show>
      </Show>
    </PublicLayout>
  );
}
