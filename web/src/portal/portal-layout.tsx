import { useParams } from "@solidjs/router";
import type { ParentProps } from "solid-js";
import { createApiResource } from "../api/api-resource";
import type { PublicPortalResponse } from "../api/types";
import { AsyncView } from "../components/async-view";
import { PublicLayout } from "../components/public-layout";
import { PortalContext } from "./portal-context";

/** /p/:tenant/* — public, no login. Loads the portal once for the index and scoreboard pages. */
export function PortalLayout(props: ParentProps) {
  const params = useParams<{ tenant: string }>();
  const [portal, { refetch }] = createApiResource(
    () => params.tenant,
    (tenant, api) => api.get<PublicPortalResponse>(`/api/public/${encodeURIComponent(tenant)}`),
  );
  const shortName = () => (portal.state === "ready" ? portal().tenant.shortName : undefined);

  return (
    <PublicLayout context={shortName()} contextHref={`/p/${encodeURIComponent(params.tenant)}`}>
      <AsyncView resource={portal} onRetry={refetch} notFoundPage>
        {(data) => <PortalContext.Provider value={data}>{props.children}</PortalContext.Provider>}
      </AsyncView>
    </PublicLayout>
  );
}
