import { NotFoundView } from "../components/not-found-view";

/** An unknown page inside a tenant: keep the tenant's header and navigation around the message. */
export function TenantNotFound() {
  return <NotFoundView />;
}
