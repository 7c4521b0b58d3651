import { type Accessor, createEffect, createSignal, on } from "solid-js";
import type { Page } from "./paths";

export interface PagedList<T> {
  items: Accessor<T[]>;
  /** Replace one item after an edit, or drop it after a delete, without reloading the list. */
  setItems: (update: (items: T[]) => T[]) => void;
  status: Accessor<"loading" | "ready" | "error">;
  error: Accessor<unknown>;
  hasMore: () => boolean;
  loadingMore: Accessor<boolean>;
  moreError: Accessor<unknown>;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A cursor-paged list ("Tải thêm"). A new query starts over from the first page; answers to an
 * older query (a search typed further meanwhile) are dropped.
 */
export function createPagedList<Q, T>(
  query: () => Q | false,
  fetchPage: (query: Q, cursor: string | undefined) => Promise<Page<T>>,
): PagedList<T> {
  const [items, setItems] = createSignal<T[]>([]);
  const [cursor, setCursor] = createSignal<string>();
  const [status, setStatus] = createSignal<"loading" | "ready" | "error">("loading");
  const [error, setError] = createSignal<unknown>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal<unknown>();
  let generation = 0;
  let current: Q | false = false;

  const first = async (q: Q) => {
    const mine = ++generation;
    setStatus("loading");
    setError(undefined);
    setMoreError(undefined);
    try {
      const page = await fetchPage(q, undefined);
      if (mine !== generation) return;
      setItems(page.items);
      setCursor(page.cursor);
      setStatus("ready");
    } catch (e) {
      if (mine !== generation) return;
      setError(e);
      setStatus("error");
    }
  };

  createEffect(
    on(query, (q) => {
      current = q;
      if (q !== false) void first(q);
    }),
  );

  return {
    items,
    setItems: (update) => setItems((list) => update(list)),
    status,
    error,
    hasMore: () => !!cursor(),
    loadingMore,
    moreError,
    async loadMore() {
      const q = current;
      const next = cursor();
      if (q === false || !next || loadingMore()) return;
      const mine = generation;
      setLoadingMore(true);
      setMoreError(undefined);
      try {
        const page = await fetchPage(q, next);
        if (mine !== generation) return;
        setItems((list) => [...list, ...page.items]);
        setCursor(page.cursor);
      } catch (e) {
        if (mine === generation) setMoreError(e);
      } finally {
        setLoadingMore(false);
      }
    },
    reload() {
      if (current !== false) void first(current);
    },
  };
}
