import { searchable } from "@congdoan/core";
import type { MemberImportRow } from "./member-row";

type KeyFields = Pick<MemberImportRow, "fullName" | "dateOfBirth" | "unitId"> & {
  memberCode?: string | undefined;
};

/**
 * The key that finds an existing member on re-import. It is stored with the member, so its format
 * must not change: "code:<member code>" when the file has one, else the natural key.
 */
export function importKey(row: KeyFields): string {
  const code = row.memberCode ? searchable(row.memberCode).replace(/ /g, "") : "";
  return code ? `code:${code}` : naturalKey(row);
}

/**
 * "name:<name>|<yyyy-mm-dd>|<unit>". Accents and case are dropped so "Hoà"/"Hòa" (two accepted tone
 * placements), NFD text or a re-typed name still match; a namesake in the same school with the same
 * birthday is the one collision this accepts. Lets the store match a member first imported without
 * a code when a later file brings codes.
 */
export function naturalKey(row: KeyFields): string {
  return `name:${searchable(row.fullName)}|${row.dateOfBirth}|${row.unitId.trim().toLowerCase()}`;
}
