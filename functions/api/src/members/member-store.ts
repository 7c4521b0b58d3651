import { searchable } from "@congdoan/core";
import type { ItemAddress, StoredItem, TenantStore, TransactionOp, WriteOptions } from "@congdoan/db";
import type { MemberImportRow } from "./import-export/member-row";

/** A member record: personal data, readable only with `members.read` on the member's unit. */
export type Member = MemberImportRow & { id: string };

/**
 * Storage layout of members, kept in one place: all members of a tenant in one partition, and a
 * secondary index per unit sorted by accent-free name, so a unit's list pages alphabetically.
 */
export const memberKeys = {
  partition: ["MEMBERS"] as const,
  address: (id: string): ItemAddress => ({ pk: ["MEMBERS"], sk: ["M", id] }),
  unitIndex: (unitId: string) => ["MEMBERS-UNIT", unitId] as const,
  writeOptions: (member: Member): WriteOptions => ({
    gsi1: { pk: ["MEMBERS-UNIT", member.unitId], sk: `${searchable(member.fullName)}#${member.id}` },
  }),
};

export async function membersOfUnit(store: TenantStore, unitId: string): Promise<StoredItem<Member>[]> {
  return store.queryAll<Member>(memberKeys.unitIndex(unitId), { index: "gsi1" });
}

export function prepareMemberUpdate(
  store: TenantStore,
  current: StoredItem<Member>,
  next: Member,
): TransactionOp {
  return store.prepareUpdate(
    memberKeys.address(next.id),
    current,
    current.version,
    next,
    memberKeys.writeOptions(next),
  );
}

/**
 * Moves every member of one unit to another (merging units). Chunks of 25 writes, each a
 * transaction; safe to run again after an interruption since it only touches members still left.
 */
export async function moveMembersBetweenUnits(
  store: TenantStore,
  fromUnitId: string,
  toUnitId: string,
): Promise<number> {
  const members = await membersOfUnit(store, fromUnitId);
  for (let i = 0; i < members.length; i += 25) {
    const chunk = members.slice(i, i + 25);
    await store.transact(chunk.map((m) => prepareMemberUpdate(store, m, { ...m.data, unitId: toUnitId })));
  }
  return members.length;
}
