import { useLocation } from "@solidjs/router";
import { createEffect, on, type ParentProps } from "solid-js";
import { focusMain, SkipLink } from "./components/skip-link";

/** Router root: the skip link comes first in tab order on every page. */
export function Shell(props: ParentProps) {
  const location = useLocation();
  // After client-side navigation the clicked link may be gone; without this, focus falls to
  // <body> and screen readers announce nothing. Not on first load, where the browser decides.
  createEffect(
    on(
      () => location.pathname,
      () => queueMicrotask(() => focusMain({ preventScroll: true })),
      { defer: true },
    ),
  );
  return (
    <>
      <SkipLink />
      {props.children}
    </>
  );
}
