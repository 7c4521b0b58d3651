import { GENDERS, type Gender, MEMBER_STATUSES, type MemberStatus } from "../api/members";
import type { SelectOption } from "../components/field";
import type { MessageKey } from "../i18n/vi";

export const GENDER_LABELS: Record<Gender, MessageKey> = {
  nam: "member.gender.nam",
  nu: "member.gender.nu",
  khac: "member.gender.khac",
};

export const STATUS_LABELS: Record<MemberStatus, MessageKey> = {
  active: "member.status.active",
  left: "member.status.left",
  retired: "member.status.retired",
};

/** Column names in import messages: the server names fields by key, people by the header they typed. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  memberCode: "member.field.memberCode",
  fullName: "member.field.fullName",
  gender: "member.field.gender",
  dateOfBirth: "member.field.dateOfBirth",
  unitId: "member.field.unitId",
  position: "member.field.position",
  joinDate: "member.field.joinDate",
  status: "member.field.status",
  phone: "member.field.phone",
  email: "member.field.email",
};

type T = (key: MessageKey) => string;

export const genderOptions = (t: T): SelectOption[] => [
  { value: "", label: t("form.choose") },
  ...GENDERS.map((g) => ({ value: g, label: t(GENDER_LABELS[g]) })),
];

export const statusOptions = (t: T, empty?: MessageKey): SelectOption[] => [
  ...(empty ? [{ value: "", label: t(empty) }] : []),
  ...MEMBER_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) })),
];
