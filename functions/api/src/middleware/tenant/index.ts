import { AppError, slugSchema, TenantNotFoundError } from "@congdoan/core";
import { createMiddleware } from "hono/factory";
import { PLATFORM_TENANT_ID, platformTenant } from "../../platform/platform-tenant";
import type { TenantCache } from "../../tenants/tenant-cache";

/**
 * Resolves `:tenant` from the path. The tenant always comes from the URL (and, with identity, is
 * checked against the signed-in user), never from a request body.
 */
export function resolveTenant(tenants: TenantCache) {
  return createMiddleware(async (c, next) => {
    const id = c.req.param("tenant") ?? "";
    if (!slugSchema.safeParse(id).success) throw new TenantNotFoundError(id.slice(0, 64));
    const tenant = id === PLATFORM_TENANT_ID ? platformTenant : await tenants.find(id);
    if (!tenant) throw new TenantNotFoundError(id);
    if (tenant.status === "suspended")
      throw new AppError("tenant_suspended", "error.tenantSuspended", { tenant: tenant.name });
    c.set("tenant", tenant);
    await next();
  });
}
