import { createSignal } from "solid-js";
import { ApiError } from "../api/client";
import { fieldErrorsByPath, isVersionMismatch } from "../api/conflict";
import { errorMessage } from "../api/error-message";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { TextField } from "../components/field";
import { FormActions } from "../components/form-actions";
import { FormError } from "../components/form-messages";
import { focusFirstInvalid } from "../forms/focus";
import { useI18n } from "../i18n/context";
import type { MessageKey } from "../i18n/vi";
import { checkDraft, checkRename, suggestId } from "./federations";
import { type CreatedFederation, type Federation, platformApi } from "./platform-api";

const translateAll = (errors: Record<string, MessageKey>, t: (key: MessageKey) => string) =>
  Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(key)]));

/** "Tạo liên đoàn": the federation, its root unit and its first administrator in one go. */
export function CreateFederationDialog(props: {
  onClose: () => void;
  onCreated: (result: CreatedFederation) => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const [id, setId] = createSignal("");
  const [idTouched, setIdTouched] = createSignal(false);
  const [name, setName] = createSignal("");
  const [shortName, setShortName] = createSignal("");
  const [adminUsername, setAdminUsername] = createSignal("");
  const [adminDisplayName, setAdminDisplayName] = createSignal("");
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const draft = {
      id: id(),
      name: name(),
      shortName: shortName(),
      adminUsername: adminUsername(),
      adminDisplayName: adminDisplayName(),
    };
    const errs = translateAll(checkDraft(draft), t);
    setErrors(errs);
    setFormError(undefined);
    if (Object.keys(errs).length > 0) {
      setFormError(t("form.fixErrors"));
      focusFirstInvalid(form);
      return;
    }
    setBusy(true);
    try {
      const created = await platformApi.create(auth.api, {
        id: draft.id.trim(),
        name: draft.name.trim(),
        shortName: draft.shortName.trim(),
        firstAdmin: {
          username: draft.adminUsername.trim().toLowerCase(),
          displayName: draft.adminDisplayName.trim(),
        },
      });
      props.onCreated(created);
    } catch (e) {
      const fieldErrors = fieldErrorsByPath(e);
      if (e instanceof ApiError && e.status === 409) fieldErrors.id = t("platform.form.idTaken");
      setErrors(fieldErrors);
      setFormError(errorMessage(e, t));
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("platform.form.createTitle")} onClose={props.onClose} wide>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={t("platform.field.name")}
          required
          autocomplete="off"
          value={name()}
          onValue={(value) => {
            setName(value);
            // Suggest an id from the name until the operator types one.
            if (!idTouched()) setId(suggestId(value));
          }}
          error={errors().name}
        />
        <TextField
          label={t("platform.field.shortName")}
          required
          autocomplete="off"
          value={shortName()}
          onValue={setShortName}
          error={errors().shortName}
        />
        <TextField
          label={t("platform.field.id")}
          required
          autocapitalize="off"
          autocomplete="off"
          spellcheck={false}
          hint={t("platform.form.idHint", { example: id() || "lam-dong" })}
          value={id()}
          onValue={(value) => {
            setIdTouched(true);
            setId(value);
          }}
          error={errors().id}
        />
        <fieldset class="fieldset">
          <legend>{t("platform.form.adminHeading")}</legend>
          <TextField
            label={t("platform.field.adminUsername")}
            required
            autocapitalize="off"
            autocomplete="off"
            spellcheck={false}
            hint={t("user.form.usernameRule")}
            value={adminUsername()}
            onValue={setAdminUsername}
            error={errors()["firstAdmin.username"]}
          />
          <TextField
            label={t("platform.field.adminDisplayName")}
            required
            autocomplete="off"
            value={adminDisplayName()}
            onValue={setAdminDisplayName}
            error={errors()["firstAdmin.displayName"]}
          />
        </fieldset>
        <FormError message={formError()} />
        <FormActions busy={busy()} onCancel={props.onClose} submitLabel={t("platform.form.create")} />
      </form>
    </Dialog>
  );
}

/** "Đổi tên": the full and the short name; the id never changes. */
export function RenameFederationDialog(props: {
  federation: Federation;
  onClose: () => void;
  onSaved: (federation: Federation) => void;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const auth = useAuth();
  const [name, setName] = createSignal(props.federation.name);
  const [shortName, setShortName] = createSignal(props.federation.shortName);
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const checked = checkRename(props.federation, { name: name(), shortName: shortName() });
    const errs = translateAll(checked.errors, t);
    setErrors(errs);
    setFormError(undefined);
    if (Object.keys(errs).length > 0) {
      setFormError(t("form.fixErrors"));
      focusFirstInvalid(form);
      return;
    }
    if (Object.keys(checked.changes).length === 0) {
      setFormError(t("platform.form.noChange"));
      return;
    }
    setBusy(true);
    try {
      const saved = await platformApi.update(auth.api, props.federation.id, {
        expectedVersion: props.federation.version,
        ...checked.changes,
      });
      props.onSaved(saved);
    } catch (e) {
      if (isVersionMismatch(e)) {
        props.onStale();
        return;
      }
      setErrors(fieldErrorsByPath(e));
      setFormError(errorMessage(e, t));
      focusFirstInvalid(form);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("platform.form.renameTitle", { name: props.federation.name })} onClose={props.onClose}>
      <form class="form" onSubmit={submit} noValidate>
        <p>
          {t("platform.field.id")}: <code>{props.federation.id}</code>
        </p>
        <TextField
          label={t("platform.field.name")}
          required
          autocomplete="off"
          value={name()}
          onValue={setName}
          error={errors().name}
        />
        <TextField
          label={t("platform.field.shortName")}
          required
          autocomplete="off"
          value={shortName()}
          onValue={setShortName}
          error={errors().shortName}
        />
        <FormError message={formError()} />
        <FormActions busy={busy()} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
