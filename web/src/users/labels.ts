import { ROLES, type Role } from "../api/auth";
import type { SelectOption } from "../components/field";
import type { MessageKey } from "../i18n/vi";

export const ROLE_LABELS: Record<Role, MessageKey> = {
  "federation-admin": "role.federation-admin",
  reviewer: "role.reviewer",
  "cdcs-officer": "role.cdcs-officer",
  member: "role.member",
};

export const roleOptions = (t: (key: MessageKey) => string): SelectOption[] =>
  ROLES.map((r) => ({ value: r, label: t(ROLE_LABELS[r]) }));

export function roleLabel(role: string, t: (key: MessageKey) => string): string {
  return role in ROLE_LABELS ? t(ROLE_LABELS[role as Role]) : role;
}
