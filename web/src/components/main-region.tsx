import type { ParentProps } from "solid-js";
import { MAIN_ID } from "./skip-link";

/** The single <main> landmark; focusable (not tabbable) so the skip link and route changes can move focus here. */
export function MainRegion(props: ParentProps<{ class?: string }>) {
  return (
    <main id={MAIN_ID} tabIndex={-1} class={props.class ? `main ${props.class}` : "main"}>
      {props.children}
    </main>
  );
}
