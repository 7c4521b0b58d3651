import type { StoredItem, TenantStore } from "@congdoan/db";

/**
 * A nhắc nhở: someone reminded a unit that has not held its conference yet (latest one kept, with a
 * count). It is delivered in-app: the unit's officers see it on the module's pages until they mark it
 * seen (or the conference is held); the sender sees whether and when it was seen.
 */
export interface Reminder {
  year: string;
  unitId: string;
  unitName?: string;
  remindedAt: string;
  remindedBy: string;
  /** How many times the unit has been reminded this school year. */
  count: number;
  /** ISO date the campaign asks the conference to be held by (copied when the reminder is sent). */
  deadline?: string;
  /** Set when an officer of the unit marks the latest reminder as seen; cleared by a new reminder. */
  seenAt?: string;
  seenBy?: string;
}

/**
 * A reminder sent less than this long ago is not sent again: a double tap or two reviewers at once
 * must not give the school two reminders (and two audit entries).
 */
export const REMINDER_REPEAT_MS = 60_000;

export function sentRecently(reminder: Reminder, nowIsoTime: string): boolean {
  return Date.parse(nowIsoTime) - Date.parse(reminder.remindedAt) < REMINDER_REPEAT_MS;
}

export const reminderKeys = {
  ofYear: (year: string) => ["REMINDER", year] as const,
  one: (year: string, unitId: string) => ({ pk: ["REMINDER", year], sk: [unitId] }),
};

/** The latest reminder of each unit for a school year: one query. */
export async function remindersOfYear(store: TenantStore, year: string): Promise<Map<string, Reminder>> {
  const items = await store.queryAll<Reminder>(reminderKeys.ofYear(year));
  return new Map(items.map((i) => [i.data.unitId, i.data]));
}

/** A reminder as the API shows it: its data, its version (to mark it seen) and whether it was seen. */
export function reminderView(item: StoredItem<Reminder>) {
  return { ...item.data, version: item.version, seen: item.data.seenAt !== undefined };
}
