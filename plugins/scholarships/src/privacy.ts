import { createHash } from "node:crypto";
import { searchable } from "@congdoan/core";

/**
 * Who a child is, as a salted hash: equal for the same name (ignoring accents, case and spacing)
 * and birth date within one programme, and useless outside it. Used only to refuse duplicates.
 */
export function childFingerprint(tenant: string, programmeId: string, fullName: string, dateOfBirth: string) {
  const name = searchable(fullName).replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${tenant}|${programmeId}|${name}|${dateOfBirth}`)
    .digest("base64url")
    .slice(0, 32);
}

export function pseudonymOf(sequence: number): string {
  return `HS-${String(sequence).padStart(4, "0")}`;
}

/**
 * Free text shown to reviewers (achievements, hardship) with the child's and parent's names
 * blanked, whole or by given name, in any accenting.
 */
export function redactNames(text: string, names: (string | null | undefined)[]): string {
  let out = text;
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const parts = name.trim().split(/\s+/);
    words.add(name.trim());
    const given = parts.at(-1);
    if (given && given.length >= 2) words.add(given);
  }
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu"), "[ẩn]");
  }
  return out;
}
