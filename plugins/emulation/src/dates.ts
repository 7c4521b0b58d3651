import { parseDayMonthYear } from "@congdoan/core/format";

/**
 * Dates typed the Vietnamese way whatever the phone's language (a native date input shows
 * 12/31/2099 on a phone set to English). The parsing itself is core's (`@congdoan/core/format`, free
 * of zod so the pages can import it); this adds the form's three states. In src/ so its test runs.
 */

/**
 * Reads a typed date field: "" → { iso: undefined } (empty), a readable date → { iso }, anything
 * else → { invalid: true } so the page shows the message next to the field.
 */
export function readDateField(text: string): { iso?: string; invalid?: true } {
  if (!text.trim()) return {};
  const iso = parseDayMonthYear(text);
  return iso ? { iso } : { invalid: true };
}
