import type { Page, StoredItem } from "@congdoan/db";

/** One read of the underlying query: from `cursor`, at most `limit` items. */
export type PageReader<T> = (cursor: string | undefined, limit: number) => Promise<Page<T>>;

/** The most items one read asks for (the store's own ceiling). */
const READ_SIZE = 100;

/**
 * A page of the items the caller may see, full whenever the data allows, for lists whose query
 * also holds items of units the caller cannot read.
 *
 * Reads the query in chunks of up to 100 and keeps the matching items. When a chunk holds more
 * matching items than the page still needs, the same stretch is read again up to the last item
 * kept, so the cursor returned resumes right after the last item of the page: nothing is skipped
 * or repeated across pages. Reading only what the page still lacks (one item at a time once the
 * page is almost full) would cost one read per hidden item; the re-read costs one read per page.
 *
 * At most `maxReads` chunk reads per request, plus that one re-read: when they run out the page
 * may be short (even empty), but carries the cursor where reading stopped, always further than the
 * one it was given, so the next request goes on from there. Items written between two
 * reads may make a page one or two items longer or shorter; never a gap.
 */
export async function visiblePage<T>(
  read: PageReader<T>,
  keep: (item: StoredItem<T>) => boolean,
  pageSize: number,
  cursor: string | undefined,
  maxReads = 10,
): Promise<Page<T>> {
  const items: StoredItem<T>[] = [];
  let next = cursor;
  for (let reads = 0; reads < maxReads && items.length < pageSize; reads++) {
    const need = pageSize - items.length;
    const chunk = await read(next, Math.max(need, READ_SIZE));
    const kept = chunk.items.filter(keep);
    if (kept.length <= need) {
      items.push(...kept);
      next = chunk.cursor;
      if (!next) break;
      continue;
    }
    // More than the page needs: read the stretch again up to the last item that fits, for its cursor.
    const last = chunk.items.indexOf(kept[need - 1] as StoredItem<T>);
    const exact = await read(next, last + 1);
    items.push(...exact.items.filter(keep));
    next = exact.cursor;
    break;
  }
  return { items, ...(next ? { cursor: next } : {}) };
}
