import { createMemo, createSignal, createUniqueId, Show } from "solid-js";
import { fieldErrorsByPath, isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { type ModuleList, type ModuleSetting, modulesApi } from "../api/modules";
import { useAuth } from "../auth/auth-context";
import { ConfirmDialog } from "../components/confirm-dialog";
import { FormError, StatusMessage } from "../components/form-messages";
import { focusFirstInvalid } from "../forms/focus";
import { useI18n } from "../i18n/context";
import { localized } from "../i18n/locale";
import { describeSettings, setAt, withDefaults } from "./schema-fields";
import { SchemaForm } from "./schema-form";

interface ModuleCardProps {
  module: ModuleSetting;
  version: number;
  onUpdated: (list: ModuleList) => void;
  onStale: () => void;
}

/** One module: title, description, the on/off switch and its settings form. */
export function ModuleCard(props: ModuleCardProps) {
  const { t, locale } = useI18n();
  const auth = useAuth();
  const titleId = createUniqueId();
  const descriptionId = createUniqueId();
  const [values, setValues] = createSignal(withDefaults(props.module.settingsSchema, props.module.settings));
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [error, setError] = createSignal<string>();
  const [status, setStatus] = createSignal<string>();
  const [busy, setBusy] = createSignal<"switch" | "settings">();
  // Switching off hides the module from everyone at once: asked first, like other far-reaching steps.
  const [confirmOff, setConfirmOff] = createSignal(false);
  let formRef: HTMLFormElement | undefined;
  const fields = createMemo(() => describeSettings(props.module.settingsSchema, locale()));

  const put = async (kind: "switch" | "settings", enabled: boolean, withSettings: boolean) => {
    setBusy(kind);
    setError(undefined);
    setStatus(undefined);
    try {
      const list = await modulesApi.update(auth.api, auth.tenant, props.module.id, {
        expectedVersion: props.version,
        enabled,
        ...(withSettings ? { settings: values() } : {}),
      });
      setErrors({});
      const saved = list.items.find((m) => m.id === props.module.id);
      if (saved && withSettings) setValues(withDefaults(saved.settingsSchema, saved.settings));
      // Switching off is announced by the notice below (a live region), which explains that no data goes.
      if (kind === "switch") setStatus(enabled ? t("settings.enabled") : undefined);
      else setStatus(t("settings.saved"));
      props.onUpdated(list);
    } catch (e) {
      setErrors(fieldErrorsByPath(e, "settings."));
      focusFirstInvalid(formRef);
      if (isVersionMismatch(e)) {
        setError(t("conflict.reloaded"));
        props.onStale();
      } else setError(errorMessage(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section class="card module-card" aria-labelledby={titleId}>
      <div class="module-card__head">
        <div>
          <h2 id={titleId} class="module-card__title">
            {localized(props.module.title, locale())}
          </h2>
          <Show when={props.module.description}>
            {(d) => (
              <p id={descriptionId} class="muted">
                {localized(d(), locale())}
              </p>
            )}
          </Show>
        </div>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={props.module.enabled}
          aria-labelledby={titleId}
          aria-describedby={props.module.description ? descriptionId : undefined}
          disabled={busy() !== undefined}
          onClick={() => (props.module.enabled ? setConfirmOff(true) : void put("switch", true, false))}
        >
          <span class="switch__track" aria-hidden="true">
            <span class="switch__thumb" />
          </span>
          <span class="switch__text" aria-hidden="true">
            {props.module.enabled ? t("settings.on") : t("settings.off")}
          </span>
        </button>
      </div>
      <Show when={confirmOff()}>
        <ConfirmDialog
          title={t("settings.offConfirm.title", { name: localized(props.module.title, locale()) })}
          confirmLabel={t("settings.offConfirm.confirm")}
          onConfirm={async () => {
            await put("switch", false, false);
            setConfirmOff(false);
          }}
          onClose={() => setConfirmOff(false)}
        >
          <p>{t("settings.offConfirm.body")}</p>
        </ConfirmDialog>
      </Show>
      <div role="status" class="status-slot">
        <Show when={!props.module.enabled}>
          <p class="notice">{t("settings.disabledNotice")}</p>
        </Show>
      </div>
      <StatusMessage tone="success">{status()}</StatusMessage>
      <Show when={fields().length > 0}>
        <form
          ref={formRef}
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void put("settings", props.module.enabled, true);
          }}
        >
          <h3 class="module-card__subtitle">{t("settings.form.title")}</h3>
          <SchemaForm
            fields={fields()}
            values={values()}
            errors={errors()}
            onChange={(path, value) => setValues((v) => setAt(v, path, value))}
          />
          <FormError message={error()} />
          <button type="submit" class="button" disabled={busy() !== undefined}>
            {busy() === "settings" ? t("action.saving") : t("settings.form.save")}
          </button>
        </form>
      </Show>
      <Show when={fields().length === 0}>
        <FormError message={error()} />
      </Show>
    </section>
  );
}
