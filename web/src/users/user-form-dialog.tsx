import { createSignal, Show } from "solid-js";
import type { User } from "../api/auth";
import { type UserWithPassword, usersApi } from "../api/users";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { TextField } from "../components/field";
import { FormActions } from "../components/form-actions";
import { FormError } from "../components/form-messages";
import { createFormSubmission } from "../forms/form-submission";
import { useI18n } from "../i18n/context";
import { checkGrants, type DraftGrant, GrantEditor } from "./grant-editor";

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface UserFormDialogProps {
  user?: User;
  onClose: () => void;
  onCreated: (result: UserWithPassword) => void;
  onSaved: (user: User) => void;
  onStale: () => void;
}

/** Create an account (the server answers with its initial password) or edit one. */
export function UserFormDialog(props: UserFormDialogProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const existing = props.user;
  const self = () => existing?.username === auth.user()?.username;
  const [username, setUsername] = createSignal(existing?.username ?? "");
  const [displayName, setDisplayName] = createSignal(existing?.displayName ?? "");
  const [email, setEmail] = createSignal(existing?.email ?? "");
  const [grants, setGrants] = createSignal<DraftGrant[]>(
    existing?.grants.map((g) => ({ ...g })) ?? [{ role: "cdcs-officer", unitId: undefined }],
  );
  const { busy, errors, formError, submit: save } = createFormSubmission({ onStale: props.onStale });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const errs: Record<string, string> = {};
    const name = username().trim().toLowerCase();
    if (!existing && !USERNAME.test(name)) errs.username = t("user.form.usernameRule");
    if (displayName().trim().length < 2) errs.displayName = t("user.form.displayNameRule");
    if (email().trim() && !EMAIL.test(email().trim())) errs.email = t("form.emailInvalid");
    const checked = self() ? { errors: {}, grants: undefined } : checkGrants(grants(), t);
    Object.assign(errs, checked.errors);
    return save(event.currentTarget as HTMLFormElement, errs, async () => {
      const mail = email().trim() ? { email: email().trim() } : {};
      if (existing) {
        const saved = await usersApi.update(auth.api, auth.tenant, existing.username, {
          expectedVersion: existing.version,
          displayName: displayName().trim(),
          ...mail,
          // Own roles cannot be changed (the server refuses it, to avoid locking oneself out).
          ...(checked.grants ? { grants: checked.grants } : {}),
        });
        props.onSaved(saved);
      } else if (checked.grants) {
        const created = await usersApi.create(auth.api, auth.tenant, {
          username: name,
          displayName: displayName().trim(),
          ...mail,
          grants: checked.grants,
        });
        props.onCreated(created);
      }
    });
  };

  return (
    <Dialog
      title={existing ? t("user.form.editTitle", { name: existing.displayName }) : t("user.form.createTitle")}
      onClose={props.onClose}
      wide
    >
      <form class="form" onSubmit={submit} noValidate>
        <Show
          when={!existing}
          fallback={
            <p>
              {t("user.field.username")}: <code>{existing?.username}</code>
            </p>
          }
        >
          <TextField
            label={t("user.field.username")}
            required
            autocapitalize="off"
            autocomplete="off"
            spellcheck={false}
            hint={t("user.form.usernameRule")}
            value={username()}
            onValue={setUsername}
            error={errors().username}
          />
        </Show>
        <TextField
          label={t("user.field.displayName")}
          required
          autocomplete="off"
          value={displayName()}
          onValue={setDisplayName}
          error={errors().displayName}
        />
        <TextField
          label={t("user.field.email")}
          type="email"
          autocomplete="off"
          value={email()}
          onValue={setEmail}
          error={errors().email}
        />
        <Show when={self()}>
          <p class="notice">{t("user.form.ownRoles")}</p>
        </Show>
        <GrantEditor grants={grants()} onChange={setGrants} errors={errors()} disabled={self()} />
        <FormError message={formError()} />
        <FormActions
          busy={busy()}
          onCancel={props.onClose}
          submitLabel={existing ? t("action.save") : t("user.form.create")}
        />
      </form>
    </Dialog>
  );
}
