import type { Page, StoredItem } from "@congdoan/db";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visiblePage } from "./paging";

/** An in-memory query with DynamoDB's paging: up to `limit` items after the cursor, a cursor when it stopped early. */
function memoryQuery(rows: { id: number; visible: boolean }[]) {
  let reads = 0;
  const read = async (
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<{ id: number; visible: boolean }>> => {
    reads++;
    const from = cursor ? rows.findIndex((r) => r.id === Number(cursor)) + 1 : 0;
    const slice = rows.slice(from, from + Math.min(limit, 100));
    const items = slice.map((data) => ({ data }) as StoredItem<{ id: number; visible: boolean }>);
    const last = slice.at(-1);
    return { items, ...(last && from + slice.length < rows.length ? { cursor: String(last.id) } : {}) };
  };
  return { read, reads: () => reads };
}

const keep = (i: StoredItem<{ visible: boolean }>) => i.data.visible;

async function walkAll(rows: { id: number; visible: boolean }[], pageSize: number, maxReads: number) {
  const q = memoryQuery(rows);
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const before = q.reads();
    const page = await visiblePage(q.read, keep, pageSize, cursor, maxReads);
    expect(q.reads() - before).toBeLessThanOrEqual(maxReads + 1);
    pages.push(page.items.map((i) => i.data.id));
    cursor = page.cursor;
    if (pages.length > 10_000) throw new Error("no progress");
  } while (cursor);
  return pages;
}

describe("visiblePage", () => {
  it("fills the page across reads and resumes right after its last item", async () => {
    // 250 rows, one visible in 25: a page of 5 needs more than one read of 100.
    const rows = Array.from({ length: 250 }, (_, id) => ({ id, visible: id % 25 === 24 }));
    const q = memoryQuery(rows);
    const first = await visiblePage(q.read, keep, 5, undefined);
    expect(first.items.map((i) => i.data.id)).toEqual([24, 49, 74, 99, 124]);
    const second = await visiblePage(q.read, keep, 5, first.cursor);
    expect(second.items.map((i) => i.data.id)).toEqual([149, 174, 199, 224, 249]);
    expect(second.cursor).toBeUndefined();
  });

  it("when the reads run out, gives a short page whose cursor still loses nothing", async () => {
    const rows = Array.from({ length: 1000 }, (_, id) => ({ id, visible: id === 3 || id >= 700 }));
    const q = memoryQuery(rows);
    const page = await visiblePage(q.read, keep, 5, undefined, 2);
    expect(page.items.map((i) => i.data.id)).toEqual([3]);
    expect(page.cursor).toBeDefined();
    expect(q.reads()).toBe(2);
    // Even a page with nothing visible moves on.
    const empty = await visiblePage(q.read, keep, 5, page.cursor, 2);
    expect(empty.items).toEqual([]);
    expect(Number(empty.cursor)).toBeGreaterThan(Number(page.cursor));
  });

  it("property: walking every page gives each visible row once, in order, and pages are full unless the bound was hit", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { maxLength: 400 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 5 }),
        async (flags, pageSize, maxReads) => {
          const rows = flags.map((visible, id) => ({ id, visible }));
          const pages = await walkAll(rows, pageSize, maxReads);
          expect(pages.flat()).toEqual(rows.filter((r) => r.visible).map((r) => r.id));
          for (const page of pages) expect(page.length).toBeLessThanOrEqual(pageSize);
          // With reads enough for the whole table, every page but the last is full.
          if (maxReads * 100 >= rows.length)
            for (const page of pages.slice(0, -1)) expect(page).toHaveLength(pageSize);
        },
      ),
      { numRuns: 150 },
    );
  });
});
