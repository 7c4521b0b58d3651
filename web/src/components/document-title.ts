import { createEffect } from "solid-js";

const PRODUCT = "Công Đoàn Số";
const SEPARATOR = " · ";

/** Most specific part first, product name last, so browser tabs show what differs. */
export function composeDocumentTitle(parts: readonly (string | undefined | null | false)[]): string {
  const kept = parts.filter((p): p is string => typeof p === "string" && p.trim() !== "");
  // A module's home page is titled like the module itself: say it once.
  const distinct = kept.filter((p, i) => p !== PRODUCT && p !== kept[i - 1]);
  return [...distinct, PRODUCT].join(SEPARATOR);
}

/** Keeps document.title in step with the page; re-runs when data or language change. */
export function useDocumentTitle(parts: () => readonly (string | undefined | null | false)[]): void {
  createEffect(() => {
    document.title = composeDocumentTitle(parts());
  });
}
