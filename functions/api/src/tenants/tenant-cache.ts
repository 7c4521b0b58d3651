import type { Tenant } from "@congdoan/core";
import type { TenantRegistry } from "@congdoan/db";

/** Unknown slugs are answered from the platform's tenant list, so they never cost a credentials call. */
type RegistryAccess = () => Promise<TenantRegistry>;

/**
 * Every tenant-scoped request needs the tenant record (its modules and settings). A few seconds of
 * in-process caching saves one read per request; a write through this process invalidates at once,
 * and other processes (other Lambdas) see the change within `ttlMs`.
 */
export class TenantCache {
  private readonly entries = new Map<string, { tenant: Tenant | undefined; until: number }>();

  constructor(
    private readonly registry: RegistryAccess,
    private readonly ttlMs = 5_000,
  ) {}

  async find(id: string): Promise<Tenant | undefined> {
    const hit = this.entries.get(id);
    if (hit && hit.until > Date.now()) return hit.tenant;
    const tenant = (await (await this.registry()).find(id))?.data;
    this.entries.set(id, { tenant, until: Date.now() + this.ttlMs });
    return tenant;
  }

  invalidate(id: string): void {
    this.entries.delete(id);
  }
}
