import { CopyButton } from "../components/copy-button";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n/context";
import { PAGES, tenantHref } from "../tenant/paths";

/** The first administrator's password, shown once: the server never returns it again. */
export function AdminPasswordDialog(props: {
  tenantId: string;
  username: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  let value: HTMLElement | undefined;
  const address = () => `${location.origin}${tenantHref(props.tenantId, PAGES.login)}`;
  return (
    <Dialog
      title={t("platform.reveal.title", { username: props.username, tenant: props.tenantId })}
      onClose={props.onClose}
    >
      <div class="warning" role="alert">
        <p class="warning__title">{t("user.reveal.warningTitle")}</p>
        <p>{t("user.reveal.warning")}</p>
      </div>
      <p class="field__label">{t("user.reveal.label")}</p>
      <p class="secret">
        <code ref={value} class="secret__value" data-testid="initial-password">
          {props.password}
        </code>
      </p>
      <div class="button-row">
        <CopyButton text={props.password} label={t("user.reveal.copy")} fallbackTarget={() => value} />
      </div>
      <p class="muted">{t("platform.reveal.login", { address: address() })}</p>
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t("user.reveal.done")}
        </button>
      </div>
    </Dialog>
  );
}
