import type { TenantStore } from "@congdoan/db";

/** A nhắc nhở: someone reminded a unit that has not held its conference yet (latest one kept). */
export interface Reminder {
  year: string;
  unitId: string;
  remindedAt: string;
  remindedBy: string;
  /** How many times the unit has been reminded this school year. */
  count: number;
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
