import { createSignal, For, Show } from "solid-js";
import type { User } from "../api/auth";
import { isVersionMismatch } from "../api/conflict";
import { createPagedList } from "../api/paged-list";
import { usersApi } from "../api/users";
import { useAuth } from "../auth/auth-context";
import { ConfirmDialog } from "../components/confirm-dialog";
import { useDocumentTitle } from "../components/document-title";
import { createFlash, FlashMessage } from "../components/flash";
import { ForbiddenView } from "../components/forbidden-view";
import { ListView } from "../components/list-view";
import { PageHeader } from "../components/page-header";
import { useI18n } from "../i18n/context";
import { useTenant } from "../tenant/tenant-context";
import { useUnits } from "../units/units-context";
import { roleLabel } from "./labels";
import { PasswordRevealDialog } from "./password-reveal-dialog";
import { UserFormDialog } from "./user-form-dialog";

/** /t/:tenant/tai-khoan — accounts and their roles. */
export function UsersPage() {
  const auth = useAuth();
  return (
    <Show when={auth.can("users.manage")} fallback={<ForbiddenView />}>
      <UsersView />
    </Show>
  );
}

type Open =
  | { type: "create" }
  | { type: "edit"; user: User }
  | { type: "status"; user: User }
  | { type: "reset"; user: User }
  | { type: "reveal"; username: string; password: string };

function UsersView() {
  const { t } = useI18n();
  const auth = useAuth();
  const home = useTenant();
  const units = useUnits();
  const [open, setOpen] = createSignal<Open>();
  const flash = createFlash();
  useDocumentTitle(() => [t("nav.users"), home().tenant.shortName]);

  const list = createPagedList(
    () => auth.tenant,
    (tenant, cursor) => usersApi.list(auth.api, tenant, { limit: 50, ...(cursor ? { cursor } : {}) }),
  );
  const replace = (user: User) =>
    list.setItems((items) => items.map((u) => (u.username === user.username ? user : u)));
  /** Someone else changed the account: close the dialog, reload, and say so. */
  const onStale = () => {
    setOpen(undefined);
    flash.info(t("conflict.reloaded"));
    list.reload();
  };
  const isSelf = (user: User) => user.username === auth.user()?.username;

  return (
    <>
      <PageHeader
        title={t("nav.users")}
        lead={t("user.page.lead")}
        actions={
          <button type="button" class="button" onClick={() => setOpen({ type: "create" })}>
            {t("user.action.create")}
          </button>
        }
      />
      <FlashMessage flash={flash.flash()} />
      <ListView list={list} empty={t("user.list.empty")}>
        <ul class="record-list">
          <For each={list.items()}>
            {(user) => (
              <li class="record">
                <div class="record__head">
                  <h2 class="record__title">{user.displayName}</h2>
                  <Show
                    when={user.status === "active"}
                    fallback={<span class="badge badge--muted">{t("user.status.disabled")}</span>}
                  >
                    <span class="badge">{t("user.status.active")}</span>
                  </Show>
                  <Show when={user.mustChangePassword}>
                    <span class="badge badge--warn">{t("user.mustChange")}</span>
                  </Show>
                </div>
                <p class="record__meta">
                  <code>{user.username}</code>
                  <Show when={user.email}>
                    {" · "}
                    {user.email}
                  </Show>
                </p>
                <ul class="grant-list">
                  <For each={user.grants}>
                    {(grant) => (
                      <li>
                        {roleLabel(grant.role, t)} — {units.nameOf(grant.unitId)}
                      </li>
                    )}
                  </For>
                </ul>
                <div class="button-row button-row--compact">
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => setOpen({ type: "edit", user })}
                  >
                    {t("action.edit")}
                    <span class="visually-hidden"> {user.displayName}</span>
                  </button>
                  <Show when={!isSelf(user)}>
                    <button
                      type="button"
                      class="button button--secondary"
                      classList={{ "button--danger-text": user.status === "active" }}
                      onClick={() => setOpen({ type: "status", user })}
                    >
                      {user.status === "active" ? t("user.action.disable") : t("user.action.enable")}
                      <span class="visually-hidden"> {user.displayName}</span>
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => setOpen({ type: "reset", user })}
                    >
                      {t("user.action.reset")}
                      <span class="visually-hidden"> {user.displayName}</span>
                    </button>
                  </Show>
                </div>
              </li>
            )}
          </For>
        </ul>
      </ListView>

      <Show when={open()} keyed>
        {(state) => {
          const close = () => setOpen(undefined);
          switch (state.type) {
            case "create":
            case "edit":
              return (
                <UserFormDialog
                  user={state.type === "edit" ? state.user : undefined}
                  onClose={close}
                  onStale={onStale}
                  onSaved={(user) => {
                    replace(user);
                    flash.success(t("user.saved", { name: user.displayName }));
                    close();
                  }}
                  onCreated={(result) => {
                    list.reload();
                    flash.success(t("user.created", { name: result.user.displayName }));
                    setOpen({
                      type: "reveal",
                      username: result.user.username,
                      password: result.initialPassword,
                    });
                  }}
                />
              );
            case "status": {
              const disabling = state.user.status === "active";
              return (
                <ConfirmDialog
                  title={t(disabling ? "user.disable.title" : "user.enable.title", {
                    name: state.user.displayName,
                  })}
                  confirmLabel={disabling ? t("user.action.disable") : t("user.action.enable")}
                  danger={disabling}
                  onClose={close}
                  onConfirm={async () => {
                    try {
                      const saved = await usersApi.update(auth.api, auth.tenant, state.user.username, {
                        expectedVersion: state.user.version,
                        status: disabling ? "disabled" : "active",
                      });
                      replace(saved);
                      flash.success(
                        t(disabling ? "user.disabled" : "user.enabled", { name: saved.displayName }),
                      );
                      close();
                    } catch (e) {
                      if (!isVersionMismatch(e)) throw e;
                      onStale();
                    }
                  }}
                >
                  <p>{disabling ? t("user.disable.body") : t("user.enable.body")}</p>
                </ConfirmDialog>
              );
            }
            case "reset":
              return (
                <ConfirmDialog
                  title={t("user.reset.title", { name: state.user.displayName })}
                  confirmLabel={t("user.action.reset")}
                  onClose={close}
                  onConfirm={async () => {
                    const result = await usersApi.resetPassword(auth.api, auth.tenant, state.user.username);
                    replace(result.user);
                    setOpen({
                      type: "reveal",
                      username: result.user.username,
                      password: result.initialPassword,
                    });
                  }}
                >
                  <p>{t("user.reset.body")}</p>
                </ConfirmDialog>
              );
            case "reveal":
              return (
                <PasswordRevealDialog username={state.username} password={state.password} onClose={close} />
              );
          }
        }}
      </Show>
    </>
  );
}
