import { A, useNavigate } from "@solidjs/router";
import { createSignal, createUniqueId, onCleanup, onMount, Show } from "solid-js";
import { useAuth } from "../auth/auth-context";
import { useI18n } from "../i18n/context";
import { PAGES, tenantHref } from "./paths";

/**
 * The signed-in user's name as a disclosure button; it reveals "Đổi mật khẩu" and "Đăng xuất".
 * A disclosure (not an ARIA menu) keeps ordinary Tab navigation and link semantics.
 */
export function UserMenu() {
  const { t } = useI18n();
  const auth = useAuth();
  const navigate = useNavigate();
  const panelId = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let root!: HTMLDivElement;
  let button!: HTMLButtonElement;

  const onDocumentClick = (event: MouseEvent) => {
    if (open() && !root.contains(event.target as Node)) setOpen(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open()) {
      setOpen(false);
      button.focus();
    }
  };
  onMount(() => {
    document.addEventListener("click", onDocumentClick);
    document.addEventListener("keydown", onKey);
  });
  onCleanup(() => {
    document.removeEventListener("click", onDocumentClick);
    document.removeEventListener("keydown", onKey);
  });

  const logout = async () => {
    setBusy(true);
    try {
      await auth.logout();
    } catch {
      // Signed out locally anyway; the cookie expires on its own.
    } finally {
      setBusy(false);
      navigate(tenantHref(auth.tenant, PAGES.login), { replace: true });
    }
  };

  return (
    <div class="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        class="user-menu__button"
        aria-expanded={open()}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        <span class="visually-hidden">{t("user.menu")}: </span>
        <span class="user-menu__name">{auth.user()?.displayName}</span>
        <span class="user-menu__caret" aria-hidden="true" />
      </button>
      <Show when={open()}>
        <div id={panelId} class="user-menu__panel">
          <p class="user-menu__who">{auth.user()?.username}</p>
          <ul>
            <li>
              <A href={tenantHref(auth.tenant, PAGES.changePassword)} onClick={() => setOpen(false)}>
                {t("user.changePassword")}
              </A>
            </li>
            <li>
              <button type="button" class="user-menu__item" disabled={busy()} onClick={logout}>
                {t("user.logout")}
              </button>
            </li>
          </ul>
        </div>
      </Show>
    </div>
  );
}
