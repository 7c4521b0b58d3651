import type { MessageKey } from "../i18n/vi";

/** Action codes the audit log writes, with their label; unknown codes are shown as they are. */
export const ACTION_LABELS: Record<string, MessageKey> = {
  "unit.create": "audit.action.unit.create",
  "unit.update": "audit.action.unit.update",
  "unit.move": "audit.action.unit.move",
  "unit.merge": "audit.action.unit.merge",
  "unit.close": "audit.action.unit.close",
  "unit.reopen": "audit.action.unit.reopen",
  "user.create": "audit.action.user.create",
  "user.update": "audit.action.user.update",
  "user.disable": "audit.action.user.disable",
  "user.reset-password": "audit.action.user.resetPassword",
  "user.password": "audit.action.user.password",
  "user.locked": "audit.action.user.locked",
  "member.create": "audit.action.member.create",
  "member.update": "audit.action.member.update",
  "member.delete": "audit.action.member.delete",
  "member.import": "audit.action.member.import",
  "module.switch": "audit.action.module.switch",
};

/** Field names of the records the log shows, in the reader's language; unknown ones as they are. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  name: "unit.field.name",
  kind: "unit.field.kind",
  parentId: "audit.field.parentId",
  schoolLevel: "unit.field.schoolLevel",
  ownership: "unit.field.ownership",
  memberCount: "unit.field.memberCount",
  womenMemberCount: "unit.field.womenMemberCount",
  clusterIds: "unit.field.clusters",
  status: "unit.field.status",
  mergedInto: "audit.field.mergedInto",
  fullName: "member.field.fullName",
  gender: "member.field.gender",
  dateOfBirth: "member.field.dateOfBirth",
  unitId: "member.field.unit",
  position: "member.field.position",
  joinDate: "member.field.joinDate",
  phone: "member.field.phone",
  email: "member.field.email",
  memberCode: "member.field.memberCode",
  username: "user.field.username",
  displayName: "user.field.displayName",
  grants: "user.grants.legend",
  mustChangePassword: "audit.field.mustChangePassword",
  enabled: "audit.field.enabled",
  settings: "settings.form.title",
};

export function fieldLabel(field: string, t: (key: MessageKey) => string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/**
 * A module's own actions ("scholarships.receipts.view") have no label here: they are shown under the
 * module's name ("Học bổng · receipts.view"), so the reader at least sees which module acted.
 */
export function actionLabel(
  action: string,
  t: (key: MessageKey) => string,
  moduleTitle: (id: string) => string | undefined = () => undefined,
): string {
  const key = ACTION_LABELS[action];
  if (key) return t(key);
  const dot = action.indexOf(".");
  const title = dot > 0 ? moduleTitle(action.slice(0, dot)) : undefined;
  return title ? `${title} · ${action.slice(dot + 1)}` : action;
}

export interface AuditTarget {
  /** "unit", "user", "member", "module", … or "" when the target has no prefix. */
  type: string;
  id: string;
}

/** "unit:ldld-thanh-xuan" → { type: "unit", id: "ldld-thanh-xuan" }. */
export function parseTarget(target: string): AuditTarget {
  const at = target.indexOf(":");
  return at > 0 ? { type: target.slice(0, at), id: target.slice(at + 1) } : { type: "", id: target };
}

export interface ChangeRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function showValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * Before/after of an audit entry as one row per field, changed fields first. Values that are not
 * objects become a single row named "".
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === undefined && after === undefined) return [];
    const b = showValue(before);
    const a = showValue(after);
    return [{ field: "", before: b, after: a, changed: a !== b }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = keys.map((field) => {
    const beforeText = showValue(b[field]);
    const afterText = showValue(a[field]);
    return { field, before: beforeText, after: afterText, changed: beforeText !== afterText };
  });
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
