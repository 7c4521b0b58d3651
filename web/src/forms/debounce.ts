import { type Accessor, createEffect, createSignal, on, onCleanup } from "solid-js";

/** The source's value once it has stopped changing for `ms` (search as you type). */
export function createDebounced<T>(source: Accessor<T>, ms = 300): Accessor<T> {
  const [value, setValue] = createSignal<T>(source());
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      source,
      (next) => {
        clearTimeout(timer);
        timer = setTimeout(() => setValue(() => next), ms);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return value;
}
