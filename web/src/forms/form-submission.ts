import { type Accessor, createSignal } from "solid-js";
import { fieldErrorsByPath, isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { useI18n } from "../i18n/context";
import { focusFirstInvalid } from "./focus";

export type FieldErrors = Record<string, string>;

export interface FormSubmission {
  busy: Accessor<boolean>;
  /** Messages per field path, from the form's own checks or the server's 400 details. */
  errors: Accessor<FieldErrors>;
  /** The message under the form: "fix the fields", the server's refusal, or a conflict. */
  formError: Accessor<string | undefined>;
  /**
   * Saves when the form's own checks found nothing. Whatever the server refuses lands on the fields
   * it names, and focus moves to the first of them; a version conflict also asks the page to reload.
   */
  submit: (form: HTMLElement | undefined, checks: FieldErrors, save: () => Promise<void>) => Promise<void>;
}

export interface FormSubmissionOptions {
  /** Called when the record changed underneath the form (HTTP 409 version mismatch). */
  onStale?: () => void;
  /** Prefix of the server's field paths to strip (e.g. "settings."). */
  fieldPrefix?: string;
  /** The field a refusal is about when the server names none (e.g. an id already taken: 409). */
  refusedField?: (error: unknown) => { path: string; message: string } | undefined;
}

/** The busy flag, field errors and form error that every create/edit form keeps, in one place. */
export function createFormSubmission(options: FormSubmissionOptions = {}): FormSubmission {
  const { t } = useI18n();
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal<string>();

  const submit: FormSubmission["submit"] = async (form, checks, save) => {
    setErrors(checks);
    setFormError(undefined);
    if (Object.keys(checks).length > 0) {
      setFormError(t("form.fixErrors"));
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    try {
      await save();
    } catch (e) {
      const refused = options.refusedField?.(e);
      setErrors({
        ...fieldErrorsByPath(e, options.fieldPrefix),
        ...(refused ? { [refused.path]: refused.message } : {}),
      });
      focusFirstInvalid(form);
      if (isVersionMismatch(e)) {
        setFormError(t("conflict.reloaded"));
        options.onStale?.();
      } else setFormError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return { busy, errors, formError, submit };
}
