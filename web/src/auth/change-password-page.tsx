import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { isStrongEnoughPassword } from "../api/auth";
import { fieldErrorsByPath } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { useDocumentTitle } from "../components/document-title";
import { FormError, StatusMessage } from "../components/form-messages";
import { PasswordField } from "../components/password-field";
import { focusFirstInvalid } from "../forms/focus";
import { useI18n } from "../i18n/context";
import { safeNext, tenantHref } from "../tenant/paths";
import { useAuth } from "./auth-context";

/** /t/:tenant/doi-mat-khau — required after the first login or a reset; always from the user menu. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams<{ next?: string }>();
  const [current, setCurrent] = createSignal("");
  const [next, setNext] = createSignal("");
  const [repeat, setRepeat] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [done, setDone] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const forced = () => auth.user()?.mustChangePassword ?? false;

  useDocumentTitle(() => [t("password.title")]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const errs: Record<string, string> = {};
    if (!current()) errs.currentPassword = t("form.required");
    if (!isStrongEnoughPassword(next())) errs.newPassword = t("password.rule");
    else if (next() === current()) errs.newPassword = t("password.sameAsOld");
    if (repeat() !== next()) errs.repeat = t("password.mismatch");
    setErrors(errs);
    setDone(false);
    if (Object.keys(errs).length > 0) return focusFirstInvalid(form);
    setBusy(true);
    setFormError(undefined);
    try {
      await auth.changePassword(current(), next());
      setCurrent("");
      setNext("");
      setRepeat("");
      const target = safeNext(search.next, auth.tenant);
      if (target) navigate(target, { replace: true });
      else setDone(true);
    } catch (e) {
      const fields = fieldErrorsByPath(e);
      setErrors(fields);
      focusFirstInvalid(form);
      setFormError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="auth-card" aria-labelledby="password-title">
      <h1 id="password-title">{t("password.title")}</h1>
      <Show when={forced()}>
        <p class="notice">{t("password.forced")}</p>
      </Show>
      <form class="form" onSubmit={submit} noValidate>
        <PasswordField
          label={t("password.current")}
          autocomplete="current-password"
          required
          value={current()}
          onValue={setCurrent}
          error={errors().currentPassword}
        />
        <PasswordField
          label={t("password.new")}
          autocomplete="new-password"
          required
          value={next()}
          onValue={setNext}
          hint={t("password.rule")}
          error={errors().newPassword}
        />
        <PasswordField
          label={t("password.repeat")}
          autocomplete="new-password"
          required
          value={repeat()}
          onValue={setRepeat}
          error={errors().repeat}
        />
        <FormError message={formError()} />
        <StatusMessage tone="success">{done() ? t("password.done") : undefined}</StatusMessage>
        <div class="button-row">
          <button type="submit" class="button" disabled={busy()} aria-busy={busy()}>
            {busy() ? t("action.saving") : t("password.submit")}
          </button>
          <Show when={!forced()}>
            <A class="button button--secondary" href={tenantHref(auth.tenant)}>
              {t("action.back")}
            </A>
          </Show>
        </div>
      </form>
    </section>
  );
}
