import type { Page } from "@congdoan/db";

/**
 * A filtered page that is full when the data allows: asks the store for just the items still
 * missing, so the cursor it returns never skips a matching item, and stops after `maxQueries`
 * (a page may then be short but carries its cursor; the next call goes on from there).
 */
export async function fullPage<T>(
  query: (cursor: string | undefined, limit: number) => Promise<Page<T>>,
  keep: (data: T) => boolean,
  limit: number,
  cursor: string | undefined,
  maxQueries = 10,
): Promise<Page<T>> {
  const items: Page<T>["items"] = [];
  let next = cursor;
  for (let i = 0; i < maxQueries && items.length < limit; i++) {
    const page = await query(next, limit - items.length);
    items.push(...page.items.filter((item) => keep(item.data)));
    next = page.cursor;
    if (!next) break;
  }
  return { items, ...(next ? { cursor: next } : {}) };
}
