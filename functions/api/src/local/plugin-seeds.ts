import { TenantRegistry } from "@congdoan/db";
import type { SeedHook } from "@congdoan/local";
import { type AnyPlugin, defaultSettings, pluginServer } from "@congdoan/plugin-sdk";
import { UnitTreeCache } from "../identity/unit-tree";
import { pluginContext } from "../plugin-host/plugin-context";

/**
 * Demo tenants get every shipped module switched on (with default settings) the first time, and
 * each module seeds its own demo data. A module an admin switched off later stays off.
 */
export function pluginSeedHooks(plugins: readonly AnyPlugin[]): SeedHook[] {
  return [
    async (db, demo) => {
      const registry = new TenantRegistry(db);
      const current = await registry.get(demo.tenant.id);
      const missing = plugins.filter((p) => !(p.id in current.data.modules));
      if (missing.length === 0) return;
      const modules = { ...current.data.modules };
      for (const p of missing)
        modules[p.id] = { enabled: true, settings: defaultSettings(p) as Record<string, unknown> };
      await registry.update(demo.tenant.id, current.version, { ...current.data, modules });
    },
    async (db, demo) => {
      const tenant = (await new TenantRegistry(db).get(demo.tenant.id)).data;
      for (const plugin of plugins) {
        if (!tenant.modules[plugin.id]?.enabled) continue;
        const { seed } = await pluginServer(plugin);
        await seed?.({ ...pluginContext(db, plugin, tenant, new UnitTreeCache()), db });
      }
    },
  ];
}
