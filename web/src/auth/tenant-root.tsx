import { useParams } from "@solidjs/router";
import { type ParentProps, Show } from "solid-js";
import { AuthProvider } from "./auth-context";

/** /t/:tenant/* — one session per tenant; switching tenant starts a fresh one. */
export function TenantRoot(props: ParentProps) {
  const params = useParams<{ tenant: string }>();
  return (
    <Show when={params.tenant} keyed>
      {(tenant) => <AuthProvider tenant={tenant}>{props.children}</AuthProvider>}
    </Show>
  );
}
