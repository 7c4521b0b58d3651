import { CopyButton } from "../components/copy-button";
import { Dialog } from "../components/dialog";
import { useI18n } from "../i18n/context";

/** The initial (or reset) password, shown once: the server never returns it again. */
export function PasswordRevealDialog(props: { username: string; password: string; onClose: () => void }) {
  const { t } = useI18n();
  let value: HTMLElement | undefined;
  return (
    <Dialog title={t("user.reveal.title", { username: props.username })} onClose={props.onClose}>
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
      <div class="button-row">
        <button type="button" class="button" onClick={() => props.onClose()}>
          {t("user.reveal.done")}
        </button>
      </div>
    </Dialog>
  );
}
