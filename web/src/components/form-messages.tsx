import { type JSX, Show } from "solid-js";

/** A form-level error (server message), announced when it appears. */
export function FormError(props: { message: string | undefined }) {
  return (
    <div role="alert" class="form-error-slot">
      <Show when={props.message}>
        <p class="form-error">{props.message}</p>
      </Show>
    </div>
  );
}

/** A polite live region for outcomes ("Đã lưu"); kept mounted so screen readers hear changes. */
export function StatusMessage(props: { children?: JSX.Element; tone?: "success" | "info" }) {
  return (
    <div role="status" class="status-slot">
      <Show when={props.children}>
        <p class="notice" classList={{ "notice--success": props.tone === "success" }}>
          {props.children}
        </p>
      </Show>
    </div>
  );
}
