import { isoToDayMonthYear, parseDayMonthYear } from "@congdoan/core/format";
import { createSignal } from "solid-js";
import { type Gender, type Member, type MemberFields, type MemberStatus, membersApi } from "../api/members";
import { useAuth } from "../auth/auth-context";
import { Dialog } from "../components/dialog";
import { SelectField, TextField } from "../components/field";
import { FormActions } from "../components/form-actions";
import { FormError } from "../components/form-messages";
import { createFormSubmission } from "../forms/form-submission";
import { useI18n } from "../i18n/context";
import { UnitField } from "../units/unit-field";
import { genderOptions, statusOptions } from "./labels";

interface MemberFormDialogProps {
  member?: Member;
  /** Preselected unit for a new member (the list's filter). */
  unitId?: string | undefined;
  onClose: () => void;
  onSaved: (member: Member, created: boolean) => void;
  onStale: () => void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Create or edit a member. Dates are typed dd/mm/yyyy and sent as ISO. */
export function MemberFormDialog(props: MemberFormDialogProps) {
  const { t } = useI18n();
  const auth = useAuth();
  const m = props.member;
  const [fullName, setFullName] = createSignal(m?.fullName ?? "");
  const [gender, setGender] = createSignal<string>(m?.gender ?? "");
  const [dob, setDob] = createSignal(isoToDayMonthYear(m?.dateOfBirth));
  const [unitId, setUnitId] = createSignal<string | undefined>(m?.unitId ?? props.unitId);
  const [position, setPosition] = createSignal(m?.position ?? "");
  const [joinDate, setJoinDate] = createSignal(isoToDayMonthYear(m?.joinDate));
  const [status, setStatus] = createSignal<string>(m?.status ?? "active");
  const [phone, setPhone] = createSignal(m?.phone ?? "");
  const [email, setEmail] = createSignal(m?.email ?? "");
  const [code, setCode] = createSignal(m?.memberCode ?? "");
  const { busy, errors, formError, submit: save } = createFormSubmission({ onStale: props.onStale });

  const read = (): { fields?: MemberFields; errs: Record<string, string> } => {
    const errs: Record<string, string> = {};
    const name = fullName().trim();
    if (name.length < 2) errs.fullName = t("member.form.nameRequired");
    else if (name.length > 200) errs.fullName = t("form.tooLong", { max: 200 });
    if (!unitId()) errs.unitId = t("form.chooseUnit");
    if (!gender()) errs.gender = t("form.required");
    const birth = parseDayMonthYear(dob());
    if (!dob().trim()) errs.dateOfBirth = t("form.required");
    else if (!birth) errs.dateOfBirth = t("form.dateInvalid");
    const joined = joinDate().trim() ? parseDayMonthYear(joinDate()) : undefined;
    if (joinDate().trim() && !joined) errs.joinDate = t("form.dateInvalid");
    const phoneText = phone()
      .replace(/[\s.()-]/g, "")
      .replace(/^\+84/, "0");
    if (phoneText && !/^0\d{9}$/.test(phoneText)) errs.phone = t("member.form.phoneInvalid");
    if (email().trim() && !EMAIL.test(email().trim())) errs.email = t("form.emailInvalid");
    if (Object.keys(errs).length > 0 || !birth) return { errs };
    return {
      errs,
      fields: {
        fullName: name,
        unitId: unitId() as string,
        status: status() as MemberStatus,
        gender: gender() as Gender,
        dateOfBirth: birth,
        ...(joined ? { joinDate: joined } : {}),
        ...(position().trim() ? { position: position().trim() } : {}),
        ...(phoneText ? { phone: phoneText } : {}),
        ...(email().trim() ? { email: email().trim() } : {}),
        ...(code().trim() ? { memberCode: code().trim() } : {}),
      },
    };
  };

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const { fields, errs } = read();
    return save(event.currentTarget as HTMLFormElement, errs, async () => {
      if (!fields) return;
      const saved = m
        ? await membersApi.update(auth.api, auth.tenant, m.id, { expectedVersion: m.version, ...fields })
        : await membersApi.create(auth.api, auth.tenant, fields);
      props.onSaved(saved, !m);
    });
  };

  return (
    <Dialog
      title={m ? t("member.form.editTitle", { name: m.fullName }) : t("member.form.createTitle")}
      onClose={props.onClose}
    >
      <form class="form" onSubmit={submit} noValidate>
        <TextField
          label={t("member.field.fullName")}
          required
          autocomplete="off"
          value={fullName()}
          onValue={setFullName}
          error={errors().fullName}
        />
        <div class="form-grid">
          <SelectField
            label={t("member.field.gender")}
            required
            value={gender()}
            onValue={setGender}
            options={genderOptions(t)}
            error={errors().gender}
          />
          <TextField
            label={t("member.field.dateOfBirth")}
            required
            inputmode="numeric"
            placeholder={t("form.datePlaceholder")}
            hint={t("form.dateHint")}
            value={dob()}
            onValue={setDob}
            error={errors().dateOfBirth}
          />
        </div>
        <UnitField
          label={t("member.field.unit")}
          required
          value={unitId()}
          onValue={setUnitId}
          error={errors().unitId}
        />
        <TextField
          label={t("member.field.position")}
          value={position()}
          onValue={setPosition}
          error={errors().position}
        />
        <div class="form-grid">
          <TextField
            label={t("member.field.joinDate")}
            inputmode="numeric"
            placeholder={t("form.datePlaceholder")}
            value={joinDate()}
            onValue={setJoinDate}
            error={errors().joinDate}
          />
          <SelectField
            label={t("member.field.status")}
            value={status()}
            onValue={setStatus}
            options={statusOptions(t)}
            error={errors().status}
          />
        </div>
        <div class="form-grid">
          <TextField
            label={t("member.field.phone")}
            type="tel"
            autocomplete="off"
            value={phone()}
            onValue={setPhone}
            error={errors().phone}
          />
          <TextField
            label={t("member.field.email")}
            type="email"
            autocomplete="off"
            value={email()}
            onValue={setEmail}
            error={errors().email}
          />
        </div>
        <TextField
          label={t("member.field.memberCode")}
          value={code()}
          onValue={setCode}
          error={errors().memberCode}
        />
        <FormError message={formError()} />
        <FormActions busy={busy()} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
