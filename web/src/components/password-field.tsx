import { createSignal, createUniqueId } from "solid-js";
import { useI18n } from "../i18n/context";
import { describedBy, FieldShell } from "./field";

interface PasswordFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  autocomplete: "current-password" | "new-password";
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  name?: string;
}

/** Password input with a show/hide toggle (people type long Vietnamese passphrases on phones). */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useI18n();
  const id = createUniqueId();
  const [visible, setVisible] = createSignal(false);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error} required={props.required}>
      <div class="password-input">
        <input
          id={id}
          name={props.name}
          class="input"
          type={visible() ? "text" : "password"}
          value={props.value}
          autocomplete={props.autocomplete}
          autocapitalize="off"
          spellcheck={false}
          required={props.required}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.hint, props.error)}
          onInput={(e) => props.onValue(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button button--secondary password-input__toggle"
          aria-controls={id}
          aria-pressed={visible()}
          aria-label={t("password.show")}
          onClick={() => setVisible((v) => !v)}
        >
          {t("password.showShort")}
        </button>
      </div>
    </FieldShell>
  );
}
