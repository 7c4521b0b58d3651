import { type JSX, Show } from "solid-js";

/** Page title with optional lead text and actions (buttons/links) beside it. */
export function PageHeader(props: { title: string; lead?: string | undefined; actions?: JSX.Element }) {
  return (
    <div class="page-header">
      <div class="page-header__text">
        <h1>{props.title}</h1>
        <Show when={props.lead}>
          <p class="lead">{props.lead}</p>
        </Show>
      </div>
      <Show when={props.actions}>
        <div class="page-header__actions">{props.actions}</div>
      </Show>
    </div>
  );
}
