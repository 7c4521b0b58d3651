import { createEffect, createSignal, createUniqueId, For, Show } from "solid-js";
import { createApiResource } from "../api/api-resource";
import { isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { useAuth } from "../auth/auth-context";
import { AsyncView } from "../components/async-view";
import { ConfirmDialog } from "../components/confirm-dialog";
import { useDocumentTitle } from "../components/document-title";
import { createFlash, FlashMessage } from "../components/flash";
import { ForbiddenView } from "../components/forbidden-view";
import { FormError } from "../components/form-messages";
import { PageHeader } from "../components/page-header";
import { EmptyState } from "../components/status";
import { saveBlob } from "../forms/download";
import { useI18n } from "../i18n/context";
import { useTenant } from "../tenant/tenant-context";
import { AdminPasswordDialog } from "./admin-password-dialog";
import { CreateFederationDialog, RenameFederationDialog } from "./federation-form-dialog";
import {
  enabledModules,
  exportFileName,
  moduleIds,
  moduleLabel,
  sortFederations,
  upsert,
} from "./federations";
import { type Federation, platformApi } from "./platform-api";

/** /t/platform/lien-doan — the federations (tenants) on the platform, for its operators. */
export function FederationsPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("platform.manage")} fallback={<ForbiddenView />}>
      <FederationsView />
    </Show>
  );
}

type Open =
  | { type: "create" }
  | { type: "rename"; federation: Federation }
  | { type: "status"; federation: Federation }
  | { type: "reveal"; tenantId: string; username: string; password: string };

function FederationsView() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const flash = createFlash();
  const [open, setOpen] = createSignal<Open>();
  const [items, setItems] = createSignal<Federation[]>([]);
  const [resource, { refetch }] = createApiResource(
    () => auth.tenant,
    (_tenant, api) => platformApi.list(api),
  );
  createEffect(() => {
    if (resource.state === "ready") setItems(resource().items);
  });
  useDocumentTitle(() => [t("nav.platform"), home().tenant.shortName]);

  const sorted = () => sortFederations(items());
  const modules = () => moduleIds(items());
  const replace = (federation: Federation) => setItems((list) => upsert(list, federation));
  /** Someone else changed the federation: close the dialog, reload, and say so. */
  const onStale = () => {
    setOpen(undefined);
    flash.info(t("platform.conflict"));
    void refetch();
  };

  return (
    <>
      <PageHeader
        title={t("nav.platform")}
        lead={t("platform.page.lead")}
        actions={
          <button type="button" class="button" onClick={() => setOpen({ type: "create" })}>
            {t("platform.action.create")}
          </button>
        }
      />
      <FlashMessage flash={flash.flash()} />
      <AsyncView resource={resource} onRetry={refetch}>
        {() => (
          <Show when={items().length > 0} fallback={<EmptyState>{t("platform.list.empty")}</EmptyState>}>
            <ul class="record-list" aria-label={t("platform.list.label")}>
              <For each={sorted()}>
                {(federation) => (
                  <FederationRow
                    federation={federation}
                    modules={modules()}
                    onSaved={replace}
                    onStale={onStale}
                    onFlash={flash.success}
                    onRename={() => setOpen({ type: "rename", federation })}
                    onStatus={() => setOpen({ type: "status", federation })}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </AsyncView>

      <Show when={open()} keyed>
        {(state) => {
          const close = () => setOpen(undefined);
          switch (state.type) {
            case "create":
              return (
                <CreateFederationDialog
                  onClose={close}
                  onCreated={(result) => {
                    replace(result.tenant);
                    flash.success(t("platform.created", { name: result.tenant.name }));
                    setOpen({
                      type: "reveal",
                      tenantId: result.tenant.id,
                      username: result.adminUsername,
                      password: result.initialPassword,
                    });
                  }}
                />
              );
            case "rename":
              return (
                <RenameFederationDialog
                  federation={state.federation}
                  onClose={close}
                  onStale={onStale}
                  onSaved={(saved) => {
                    replace(saved);
                    flash.success(t("platform.saved", { name: saved.name }));
                    close();
                  }}
                />
              );
            case "status": {
              const suspending = state.federation.status === "active";
              const name = state.federation.name;
              return (
                <ConfirmDialog
                  title={t(suspending ? "platform.suspend.title" : "platform.reactivate.title", { name })}
                  confirmLabel={t(suspending ? "platform.action.suspend" : "platform.action.reactivate")}
                  danger={suspending}
                  onClose={close}
                  onConfirm={async () => {
                    try {
                      const saved = await platformApi.update(auth.api, state.federation.id, {
                        expectedVersion: state.federation.version,
                        status: suspending ? "suspended" : "active",
                      });
                      replace(saved);
                      flash.success(t(suspending ? "platform.suspended" : "platform.reactivated", { name }));
                      close();
                    } catch (e) {
                      if (!isVersionMismatch(e)) throw e;
                      onStale();
                    }
                  }}
                >
                  <p>{t(suspending ? "platform.suspend.body" : "platform.reactivate.body")}</p>
                </ConfirmDialog>
              );
            }
            case "reveal":
              return (
                <AdminPasswordDialog
                  tenantId={state.tenantId}
                  username={state.username}
                  password={state.password}
                  onClose={close}
                />
              );
          }
        }}
      </Show>
    </>
  );
}

function FederationRow(props: {
  federation: Federation;
  modules: string[];
  onSaved: (federation: Federation) => void;
  onStale: () => void;
  onFlash: (text: string) => void;
  onRename: () => void;
  onStatus: () => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const rowId = createUniqueId();
  const [busy, setBusy] = createSignal<string>();
  const [error, setError] = createSignal<string>();
  const f = () => props.federation;
  const active = () => f().status === "active";

  const toggle = async (module: string) => {
    const enabled = !(f().modules[module]?.enabled ?? false);
    setBusy(module);
    setError(undefined);
    try {
      const saved = await platformApi.switchModule(auth.api, f().id, module, enabled);
      props.onSaved(saved);
      props.onFlash(
        t("platform.modules.switched", {
          module: moduleLabel(module, t),
          state: t(enabled ? "platform.modules.on" : "platform.modules.off"),
          name: saved.name,
        }),
      );
    } catch (e) {
      if (isVersionMismatch(e)) props.onStale();
      else setError(errorMessage(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  const exportData = async () => {
    setBusy("export");
    setError(undefined);
    try {
      const file = await platformApi.exportData(auth.api, f().id);
      const name = exportFileName(f().id, file.fileName);
      saveBlob(file.blob, name);
      props.onFlash(t("platform.exported", { file: name }));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <li class="record" aria-labelledby={`${rowId}-title`}>
      <div class="record__head">
        <h2 class="record__title" id={`${rowId}-title`}>
          {f().name}
        </h2>
        <Show
          when={active()}
          fallback={<span class="badge badge--warn">{t("platform.status.suspended")}</span>}
        >
          <span class="badge">{t("platform.status.active")}</span>
        </Show>
      </div>
      <p class="record__meta">
        <code>{f().id}</code>
        {" · "}
        {f().shortName}
      </p>
      <p class="record__meta">
        {enabledModules(f()).length > 0
          ? t("platform.modules.enabled", {
              list: enabledModules(f())
                .map((id) => moduleLabel(id, t))
                .join(", "),
            })
          : t("platform.modules.none")}
      </p>
      <h3 class="module-card__subtitle">{t("platform.modules.heading")}</h3>
      <ul class="record-list">
        <For each={props.modules}>
          {(module) => {
            const labelId = `${rowId}-${module}`;
            const on = () => f().modules[module]?.enabled ?? false;
            return (
              <li class="module-card__head">
                <span id={labelId}>{moduleLabel(module, t)}</span>
                <button
                  type="button"
                  role="switch"
                  class="switch"
                  aria-checked={on()}
                  aria-labelledby={labelId}
                  disabled={busy() !== undefined}
                  onClick={() => void toggle(module)}
                >
                  <span class="switch__track" aria-hidden="true">
                    <span class="switch__thumb" />
                  </span>
                  <span class="switch__text" aria-hidden="true">
                    {on() ? t("settings.on") : t("settings.off")}
                  </span>
                </button>
              </li>
            );
          }}
        </For>
      </ul>
      <FormError message={error()} />
      <div class="button-row button-row--compact">
        <button type="button" class="button button--secondary" onClick={() => props.onRename()}>
          {t("platform.action.rename")}
          <span class="visually-hidden"> {f().name}</span>
        </button>
        <button
          type="button"
          class="button button--secondary"
          classList={{ "button--danger-text": active() }}
          onClick={() => props.onStatus()}
        >
          {active() ? t("platform.action.suspend") : t("platform.action.reactivate")}
          <span class="visually-hidden"> {f().name}</span>
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy() === "export"}
          onClick={() => void exportData()}
        >
          {busy() === "export" ? t("platform.action.exporting") : t("platform.action.export")}
          <span class="visually-hidden"> {f().name}</span>
        </button>
      </div>
    </li>
  );
}
