import { todayIso } from "@congdoan/core/format";
import type { MessageKey } from "../i18n/vi";
import type { Federation } from "./platform-api";

/** The modules the product ships, with their labels; ids found on federations are added after them. */
export const KNOWN_MODULES: readonly { id: string; title: MessageKey }[] = [
  { id: "emulation", title: "platform.module.emulation" },
  { id: "scholarships", title: "platform.module.scholarships" },
  { id: "democracy", title: "platform.module.democracy" },
];

/** Known modules first, then any other id present on a federation, sorted. */
export function moduleIds(federations: readonly Federation[]): string[] {
  const known = KNOWN_MODULES.map((m) => m.id);
  const extra = new Set<string>();
  for (const f of federations)
    for (const id of Object.keys(f.modules)) if (!known.includes(id)) extra.add(id);
  return [...known, ...[...extra].sort()];
}

export function moduleLabel(id: string, t: (key: MessageKey) => string): string {
  const known = KNOWN_MODULES.find((m) => m.id === id);
  return known ? t(known.title) : id;
}

export function enabledModules(federation: Federation): string[] {
  return Object.entries(federation.modules)
    .filter(([, m]) => m.enabled)
    .map(([id]) => id);
}

/** Sorted by name (Vietnamese collation), suspended ones last. */
export function sortFederations(items: readonly Federation[]): Federation[] {
  return [...items].sort(
    (a, b) =>
      Number(a.status === "suspended") - Number(b.status === "suspended") ||
      a.name.localeCompare(b.name, "vi"),
  );
}

/** Replaces one federation by id (after a save), or appends it (after a create). */
export function upsert(items: readonly Federation[], next: Federation): Federation[] {
  return items.some((f) => f.id === next.id)
    ? items.map((f) => (f.id === next.id ? next : f))
    : [...items, next];
}

/** "Lâm Đồng" → "lam-dong": a suggested id, accents and đ removed. */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
}

/** An id suggested from the full name: "Liên đoàn Lao động tỉnh Lâm Đồng" → "lam-dong". */
export function suggestId(name: string): string {
  const place = name
    .normalize("NFC")
    .trim()
    .replace(/^(liên đoàn lao động|lđlđ)\s*/iu, "")
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "");
  return slugify(place);
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export interface FederationDraft {
  id: string;
  name: string;
  shortName: string;
  adminUsername: string;
  adminDisplayName: string;
}

/**
 * The same rules as the server, checked before sending. Keys are the server's field paths
 * ("firstAdmin.username"), so server errors land next to the same fields.
 */
export function checkDraft(draft: FederationDraft): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  const id = draft.id.trim();
  if (id.length < 2 || id.length > 64 || !SLUG.test(id)) errors.id = "platform.form.idRule";
  else if (id === "platform") errors.id = "platform.form.idReserved";
  const name = draft.name.trim();
  if (name.length < 3 || name.length > 200) errors.name = "platform.form.nameRule";
  const shortName = draft.shortName.trim();
  if (shortName.length < 2 || shortName.length > 80) errors.shortName = "platform.form.shortNameRule";
  if (!USERNAME.test(draft.adminUsername.trim().toLowerCase()))
    errors["firstAdmin.username"] = "user.form.usernameRule";
  const display = draft.adminDisplayName.trim();
  if (display.length < 2 || display.length > 120)
    errors["firstAdmin.displayName"] = "user.form.displayNameRule";
  return errors;
}

/** Checks a rename; only the changed fields are sent. */
export function checkRename(
  current: Pick<Federation, "name" | "shortName">,
  draft: { name: string; shortName: string },
): { errors: Record<string, MessageKey>; changes: { name?: string; shortName?: string } } {
  const errors: Record<string, MessageKey> = {};
  const name = draft.name.trim();
  const shortName = draft.shortName.trim();
  if (name.length < 3 || name.length > 200) errors.name = "platform.form.nameRule";
  if (shortName.length < 2 || shortName.length > 80) errors.shortName = "platform.form.shortNameRule";
  const changes: { name?: string; shortName?: string } = {};
  if (name !== current.name) changes.name = name;
  if (shortName !== current.shortName) changes.shortName = shortName;
  return { errors, changes };
}

/** The export's file name when the server did not name it. */
export function exportFileName(id: string, fromServer: string | undefined, today = new Date()): string {
  return fromServer ?? `${id}-${todayIso(today)}.jsonl`;
}
