import { type Db, namespaces, TenantStore } from "@congdoan/db";
import type { AnyPlugin, FileStore, PluginEnv } from "@congdoan/plugin-sdk";
import { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { AuditLog } from "../audit/audit-log";
import type { UnitTreeCache } from "../identity/unit-tree";
import { moduleGate } from "../middleware/module-gate";
import { memberDirectory, pluginContext } from "./plugin-context";
import type { ScoreboardCache } from "./scoreboard-cache";

export interface PluginHostDeps {
  trees: UnitTreeCache;
  boards: ScoreboardCache;
  files: (tenant: string, plugin: string) => FileStore;
}

/** Gives a plugin's handlers their tenant, scoped store, settings and the host's services. */
function providePluginContext(plugin: AnyPlugin, deps: PluginHostDeps) {
  return createMiddleware<PluginEnv>(async (c, next) => {
    const db = (c as unknown as { get(k: "db"): Db }).get("db");
    const tenant = c.get("tenant");
    const ctx = pluginContext(db, plugin, tenant, deps.trees);
    const log = new AuditLog(new TenantStore(db, tenant.id, namespaces.core));
    const actor = () => c.get("user")?.username ?? "public";
    c.set("store", ctx.store);
    c.set("settings", ctx.settings);
    c.set("units", ctx.units);
    c.set("members", memberDirectory(db, tenant.id));
    c.set("files", deps.files(tenant.id, plugin.id));
    c.set("audit", {
      prepare: (entry) => log.prepare({ ...entry, actor: actor(), requestId: c.get("requestId") }),
      record: (entry) => log.record({ ...entry, actor: actor(), requestId: c.get("requestId") }),
    });
    c.set("invalidateScoreboards", () => deps.boards.invalidate(tenant.id, plugin.id));
    await next();
  });
}

/**
 * Mounts each plugin's private routes at `/api/t/:tenant/m/<id>` and public ones at
 * `/api/public/:tenant/m/<id>`, behind the module gate. The tenant is already resolved by the host.
 */
export function mountPlugins(app: OpenAPIHono, plugins: readonly AnyPlugin[], deps: PluginHostDeps): void {
  for (const plugin of plugins) {
    for (const [prefix, register] of [
      [`/api/t/:tenant/m/${plugin.id}`, plugin.routes],
      [`/api/public/:tenant/m/${plugin.id}`, plugin.publicRoutes],
    ] as const) {
      if (!register) continue;
      const sub = new OpenAPIHono<PluginEnv>();
      sub.use("*", moduleGate(plugin.id, plugin.title), providePluginContext(plugin, deps));
      register(sub);
      app.route(prefix, sub as unknown as OpenAPIHono);
    }
  }
}
