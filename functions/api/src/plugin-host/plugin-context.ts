import type { Tenant } from "@congdoan/core";
import { type Db, namespaces, TenantStore } from "@congdoan/db";
import type { AnyPlugin, PluginContext } from "@congdoan/plugin-sdk";

/** The plugin's view of a tenant: its own store namespace and its parsed settings, nothing more. */
export function pluginContext(db: Db, plugin: AnyPlugin, tenant: Tenant): PluginContext<unknown> {
  const state = tenant.modules[plugin.id];
  return {
    tenant,
    store: new TenantStore(db, tenant.id, namespaces.plugin(plugin.id)),
    settings: plugin.settings.parse(state?.settings ?? {}),
  };
}
