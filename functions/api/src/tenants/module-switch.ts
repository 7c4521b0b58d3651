import { BadRequestError, fieldErrorsOf, type Tenant, ValidationError } from "@congdoan/core";
import type { Db, StoredItem } from "@congdoan/db";
import { TenantRegistry } from "@congdoan/db";
import { type AnyPlugin, pluginServer } from "@congdoan/plugin-sdk";
import { UnitTreeCache } from "../identity/unit-tree";
import { pluginContext } from "../plugin-host/plugin-context";

export interface ModuleSwitch {
  enabled: boolean;
  /** New settings; omitted keeps what the tenant had (or the defaults the first time). */
  settings?: unknown;
}

/**
 * Switches a module on or off for a tenant and/or changes its settings, validated by the plugin's
 * own schema. Off never deletes data: the settings stay stored, so switching on again restores all.
 */
export async function switchModule(
  db: Db,
  plugins: readonly AnyPlugin[],
  tenantId: string,
  pluginId: string,
  change: ModuleSwitch,
  expectedVersion?: number,
): Promise<StoredItem<Tenant>> {
  const plugin = plugins.find((p) => p.id === pluginId);
  if (!plugin) throw new BadRequestError(`không có mô-đun “${pluginId}”`);
  const registry = new TenantRegistry(db);
  const current = await registry.get(tenantId);
  const before = current.data.modules[pluginId];
  const parsed = plugin.settings.safeParse(change.settings ?? before?.settings ?? {});
  if (!parsed.success) {
    throw new ValidationError(
      fieldErrorsOf(parsed.error, "vi").map((f) => ({
        ...f,
        path: f.path ? `settings.${f.path}` : "settings",
      })),
    );
  }
  const modules = {
    ...current.data.modules,
    [pluginId]: { enabled: change.enabled, settings: parsed.data as Record<string, unknown> },
  };
  const updated = await registry.update(tenantId, expectedVersion ?? current.version, {
    ...current.data,
    modules,
  });
  const wasEnabled = before?.enabled ?? false;
  if (wasEnabled !== change.enabled) {
    const ctx = pluginContext(db, plugin, updated.data, new UnitTreeCache());
    const server = await pluginServer(plugin);
    await (change.enabled ? server.onEnable?.(ctx) : server.onDisable?.(ctx));
  }
  return updated;
}
