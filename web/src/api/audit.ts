import type { ApiClient } from "./client";
import { type Page, tenantApi, withQuery } from "./paths";

export interface AuditEntry {
  /** ISO instant. */
  at: string;
  actor: string;
  action: string;
  unitId?: string;
  /** "unit:ldld-thanh-xuan", "user:admin.hanoi", "member:…", "module:…". */
  target: string;
  before?: unknown;
  after?: unknown;
}

export const auditApi = {
  list: (api: ApiClient, tenant: string, query: { unitId?: string; cursor?: string }) =>
    api.get<Page<AuditEntry>>(withQuery(tenantApi(tenant, "audit"), query)),
};
