import { createSignal } from "solid-js";
import { ApiError } from "../api/client";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { TextField } from "../components/field";
import { FormActions } from "../components/form-actions";
import { FormError } from "../components/form-messages";
import { createFormSubmission } from "../forms/form-submission";
import { useI18n } from "../i18n/context";
import type { MessageKey } from "../i18n/vi";
import { checkDraft, checkRename, suggestId } from "./federations";
import { type CreatedFederation, type Federation, platformApi } from "./platform-api";

const translateAll = (errors: Record<string, MessageKey>, t: (key: MessageKey) => string) =>
  Object.fromEntries(Object.entries(errors).map(([path, key]) => [path, t(key)]));

/** The full and the short name, the same two fields when creating and when renaming. */
function FederationNameFields(props: {
  name: string;
  shortName: string;
  onName: (value: string) => void;
  onShortName: (value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t("platform.field.name")}
        required
        autocomplete="off"
        value={props.name}
        onValue={props.onName}
        error={props.errors.name}
      />
      <TextField
        label={t("platform.field.shortName")}
        required
        autocomplete="off"
        value={props.shortName}
        onValue={props.onShortName}
        error={props.errors.shortName}
      />
    </>
  );
}

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
  let form: HTMLFormElement | undefined;
  const {
    busy,
    errors,
    formError,
    submit: save,
  } = createFormSubmission({
    // The only 409 here: another federation already has this id.
    refusedField: (e) =>
      e instanceof ApiError && e.status === 409
        ? { path: "id", message: t("platform.form.idTaken") }
        : undefined,
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const draft = {
      id: id(),
      name: name(),
      shortName: shortName(),
      adminUsername: adminUsername(),
      adminDisplayName: adminDisplayName(),
    };
    void save(form, translateAll(checkDraft(draft), t), async () => {
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
    });
  };

  return (
    <Dialog title={t("platform.form.createTitle")} onClose={props.onClose} wide>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <FederationNameFields
          name={name()}
          shortName={shortName()}
          onName={(value) => {
            setName(value);
            // Suggest an id from the name until the operator types one.
            if (!idTouched()) setId(suggestId(value));
          }}
          onShortName={setShortName}
          errors={errors()}
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
  const [unchanged, setUnchanged] = createSignal(false);
  let form: HTMLFormElement | undefined;
  const { busy, errors, formError, submit: save } = createFormSubmission({ onStale: props.onStale });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = checkRename(props.federation, { name: name(), shortName: shortName() });
    const nothingToSave =
      Object.keys(checked.errors).length === 0 && Object.keys(checked.changes).length === 0;
    setUnchanged(nothingToSave);
    if (nothingToSave) return;
    void save(form, translateAll(checked.errors, t), async () => {
      const saved = await platformApi.update(auth.api, props.federation.id, {
        expectedVersion: props.federation.version,
        ...checked.changes,
      });
      props.onSaved(saved);
    });
  };

  return (
    <Dialog title={t("platform.form.renameTitle", { name: props.federation.name })} onClose={props.onClose}>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <p>
          {t("platform.field.id")}: <code>{props.federation.id}</code>
        </p>
        <FederationNameFields
          name={name()}
          shortName={shortName()}
          onName={setName}
          onShortName={setShortName}
          errors={errors()}
        />
        <FormError message={unchanged() ? t("platform.form.noChange") : formError()} />
        <FormActions busy={busy()} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
