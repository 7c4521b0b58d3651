import { randomBytes } from "node:crypto";
import type { Locale } from "@congdoan/core";
import type { StoredItem, TenantStore, TransactionOp } from "@congdoan/db";
import type { UnitTree } from "../identity/unit-tree";
import {
  type ImportPreview,
  importKey,
  type MemberImportRow,
  naturalKey,
  parseImportFile,
  previewImport,
} from "./import-export";
import { type Member, memberKeys, membersOfUnit, prepareMemberUpdate } from "./member-store";

export interface ImportPlan {
  preview: ImportPreview;
  creates: Member[];
  updates: { current: StoredItem<Member>; next: Member }[];
  unchanged: number;
}

export const newMemberId = () => `m${randomBytes(6).toString("hex")}`;

const FIELDS: (keyof MemberImportRow)[] = [
  "memberCode",
  "fullName",
  "gender",
  "dateOfBirth",
  "unitId",
  "position",
  "joinDate",
  "status",
  "phone",
  "email",
];

function sameMember(a: MemberImportRow, b: MemberImportRow): boolean {
  return FIELDS.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

/**
 * Reads the file, checks every row, and matches rows to existing members (by member code, else
 * by name + birth date + unit), so importing the same file twice changes nothing.
 */
export async function planImport(options: {
  bytes: Uint8Array;
  store: TenantStore;
  tree: UnitTree;
  allowedUnitIds: ReadonlySet<string>;
  locale: Locale;
}): Promise<ImportPlan> {
  const table = await parseImportFile(options.bytes, { locale: options.locale });
  const knownUnitIds = new Set(
    [...options.tree.byId.values()].filter((u) => u.status === "active").map((u) => u.id),
  );
  const preview = previewImport({
    headers: table.headers,
    rows: table.rows,
    headerRow: table.headerRow,
    knownUnitIds,
    allowedUnitIds: options.allowedUnitIds,
    locale: options.locale,
  });
  const units = [...new Set(preview.valid.map((r) => r.unitId))];
  const existing = new Map<string, StoredItem<Member>>();
  for (const unitId of units) {
    for (const item of await membersOfUnit(options.store, unitId)) {
      existing.set(importKey(item.data), item);
      existing.set(naturalKey(item.data), item);
    }
  }
  const plan: ImportPlan = { preview, creates: [], updates: [], unchanged: 0 };
  for (const row of preview.valid) {
    const match = existing.get(importKey(row)) ?? existing.get(naturalKey(row));
    if (!match) plan.creates.push({ ...row, id: newMemberId() });
    else if (sameMember(match.data, row)) plan.unchanged++;
    else plan.updates.push({ current: match, next: { ...row, id: match.data.id } });
  }
  return plan;
}

/** Writes a plan in transactions of up to 100 items; each update is checked against its version. */
export async function applyImport(store: TenantStore, plan: ImportPlan): Promise<void> {
  const ops: TransactionOp[] = [
    ...plan.creates.map((m) =>
      store.prepareCreate(memberKeys.address(m.id), "member", m, memberKeys.writeOptions(m)),
    ),
    ...plan.updates.map((u) => prepareMemberUpdate(store, u.current, u.next)),
  ];
  for (let i = 0; i < ops.length; i += 100) await store.transact(ops.slice(i, i + 100));
}
