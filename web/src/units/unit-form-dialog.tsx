import { createSignal, Show } from "solid-js";
import type { Ownership, SchoolLevel, Unit, UnitKind } from "../api/units";
import { unitsApi } from "../api/units";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { SelectField, TextField } from "../components/field";
import { FormActions } from "../components/form-actions";
import { FormError } from "../components/form-messages";
import { createFormSubmission } from "../forms/form-submission";
import { parseVietnameseNumber } from "../forms/numbers";
import { useI18n } from "../i18n/context";
import { formatNumber } from "../i18n/format";
import { defaultChildKind, kindOptions, levelOptions, ownershipOptions } from "./labels";

type Mode = { type: "create"; parent: Unit } | { type: "edit"; unit: Unit };

interface UnitFormDialogProps {
  mode: Mode;
  onClose: () => void;
  onSaved: (unit: Unit, message: string) => void;
  /** After a version conflict: the caller reloads its data. */
  onStale: () => void;
}

/** The API's rule: lower-case words joined by single hyphens, at most 64 characters. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Add a unit under a parent, or edit one; client checks first, then the server's field messages. */
export function UnitFormDialog(props: UnitFormDialogProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const editing = props.mode.type === "edit" ? props.mode.unit : undefined;
  const parent = props.mode.type === "create" ? props.mode.parent : undefined;
  const count = (n: number | undefined) => (n === undefined ? "" : formatNumber(n));

  const [name, setName] = createSignal(editing?.name ?? "");
  const [id, setId] = createSignal("");
  const [kind, setKind] = createSignal<string>(editing?.kind ?? defaultChildKind(parent?.kind));
  const [level, setLevel] = createSignal<string>(editing?.schoolLevel ?? "");
  const [ownership, setOwnership] = createSignal<string>(editing?.ownership ?? "");
  const [members, setMembers] = createSignal(count(editing?.memberCount));
  const [women, setWomen] = createSignal(count(editing?.womenMemberCount));
  const { busy, errors, formError, submit: save } = createFormSubmission({ onStale: props.onStale });

  const title = () =>
    editing
      ? t("unit.form.editTitle", { name: editing.name })
      : t("unit.form.createTitle", { parent: parent?.name ?? "" });

  const validate = () => {
    const errs: Record<string, string> = {};
    const trimmed = name().trim();
    if (trimmed.length < 2) errs.name = t("unit.form.nameRequired");
    else if (trimmed.length > 200) errs.name = t("form.tooLong", { max: 200 });
    if (!editing && id().trim() && (!ID_PATTERN.test(id().trim()) || id().trim().length > 64))
      errs.id = t("unit.form.idInvalid");
    const m = parseVietnameseNumber(members());
    const w = parseVietnameseNumber(women());
    if (m === "invalid" || (typeof m === "number" && (m < 0 || !Number.isInteger(m))))
      errs.memberCount = t("form.wholeNumber");
    if (w === "invalid" || (typeof w === "number" && (w < 0 || !Number.isInteger(w))))
      errs.womenMemberCount = t("form.wholeNumber");
    else if (typeof w === "number" && typeof m === "number" && w > m)
      errs.womenMemberCount = t("unit.form.womenTooMany");
    return { errs, m: typeof m === "number" ? m : undefined, w: typeof w === "number" ? w : undefined };
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { errs, m, w } = validate();
    const fields = {
      name: name().trim(),
      kind: kind() as UnitKind,
      ...(level() ? { schoolLevel: level() as SchoolLevel } : {}),
      ...(ownership() ? { ownership: ownership() as Ownership } : {}),
      ...(m !== undefined ? { memberCount: m } : {}),
      ...(w !== undefined ? { womenMemberCount: w } : {}),
    };
    return save(event.currentTarget as HTMLFormElement, errs, async () => {
      if (editing) {
        const saved = await unitsApi.update(auth.api, auth.tenant, editing.id, {
          expectedVersion: editing.version,
          ...fields,
        });
        props.onSaved(saved, t("unit.saved", { name: saved.name }));
      } else if (parent) {
        const saved = await unitsApi.create(auth.api, auth.tenant, {
          ...fields,
          parentId: parent.id,
          ...(id().trim() ? { id: id().trim() } : {}),
        });
        props.onSaved(saved, t("unit.created", { name: saved.name }));
      }
    });
  };

  return (
    <Dialog title={title()} onClose={props.onClose}>
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={t("unit.field.name")}
          required
          value={name()}
          onValue={setName}
          error={errors().name}
          maxLength={200}
        />
        <Show when={!editing}>
          <TextField
            label={t("unit.field.id")}
            value={id()}
            onValue={setId}
            hint={t("unit.field.idHint")}
            error={errors().id}
            autocapitalize="off"
            spellcheck={false}
          />
        </Show>
        <SelectField
          label={t("unit.field.kind")}
          required
          value={kind()}
          onValue={setKind}
          options={kindOptions(t, "form.choose").slice(1)}
          error={errors().kind}
        />
        <SelectField
          label={t("unit.field.schoolLevel")}
          value={level()}
          onValue={setLevel}
          options={levelOptions(t, "form.none")}
          error={errors().schoolLevel}
        />
        <SelectField
          label={t("unit.field.ownership")}
          value={ownership()}
          onValue={setOwnership}
          options={ownershipOptions(t, "form.none")}
          error={errors().ownership}
        />
        <div class="form-grid">
          <TextField
            label={t("unit.field.memberCount")}
            inputmode="numeric"
            value={members()}
            onValue={setMembers}
            error={errors().memberCount}
          />
          <TextField
            label={t("unit.field.womenMemberCount")}
            inputmode="numeric"
            value={women()}
            onValue={setWomen}
            error={errors().womenMemberCount}
          />
        </div>
        <FormError message={formError()} />
        <FormActions
          busy={busy()}
          onCancel={props.onClose}
          submitLabel={editing ? t("action.save") : t("unit.form.create")}
        />
      </form>
    </Dialog>
  );
}
