import { type Db, TenantRegistry, UnitRepository } from "@congdoan/db";
import { type DemoTenant, demoTenants } from "./demo-data";

/**
 * Work a module adds to the demo seed (its demo movements, programmes…). Registered by the host;
 * each receives the tenant and must be idempotent like the rest of the seed.
 */
export type SeedHook = (db: Db, demo: DemoTenant) => Promise<void>;

export interface SeedReport {
  tenants: { id: string; created: boolean; units: number }[];
}

/**
 * Creates the demo tenants and their union trees. Idempotent: a tenant that already exists keeps its
 * record (an admin may have switched modules since); units are written only when missing.
 */
export async function seedDemo(db: Db, hooks: SeedHook[] = []): Promise<SeedReport> {
  const registry = new TenantRegistry(db);
  const report: SeedReport = { tenants: [] };
  for (const demo of demoTenants()) {
    const existing = await registry.find(demo.tenant.id);
    if (!existing) await registry.create(demo.tenant);
    const units = new UnitRepository(registry.store(demo.tenant.id));
    let written = 0;
    for (const unit of demo.units) {
      if (await units.find(unit.id)) continue;
      await units.create(unit);
      written++;
    }
    for (const hook of hooks) await hook(db, demo);
    report.tenants.push({ id: demo.tenant.id, created: !existing, units: written });
  }
  return report;
}
