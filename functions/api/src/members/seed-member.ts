import { type Db, namespaces, TenantStore } from "@congdoan/db";
import type { MemberImportRow } from "./import-export";
import { newMemberId } from "./member-import";
import { type Member, memberKeys } from "./member-store";

/** Writes a member directly (demo seed, plugin test harness), as an import would. */
export async function seedMember(db: Db, tenant: string, row: MemberImportRow): Promise<Member> {
  const store = new TenantStore(db, tenant, namespaces.core);
  const member: Member = { ...row, id: newMemberId() };
  await store.create(memberKeys.address(member.id), "member", member, memberKeys.writeOptions(member));
  return member;
}
