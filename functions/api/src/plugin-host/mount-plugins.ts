import type { Db } from "@congdoan/db";
import type { AnyPlugin, PluginEnv } from "@congdoan/plugin-sdk";
import { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import { moduleGate } from "../middleware/module-gate";
import { pluginContext } from "./plugin-context";

/** Gives a plugin's handlers their tenant, scoped store and settings. */
function providePluginContext(plugin: AnyPlugin) {
  return createMiddleware<PluginEnv>(async (c, next) => {
    const ctx = pluginContext((c as unknown as { get(k: "db"): Db }).get("db"), plugin, c.get("tenant"));
    c.set("store", ctx.store);
    c.set("settings", ctx.settings);
    await next();
  });
}

/**
 * Mounts each plugin's private routes at `/api/t/:tenant/m/<id>` and public ones at
 * `/api/public/:tenant/m/<id>`, behind the module gate. The tenant is already resolved by the host.
 */
export function mountPlugins(app: OpenAPIHono, plugins: readonly AnyPlugin[]): void {
  for (const plugin of plugins) {
    for (const [prefix, register] of [
      [`/api/t/:tenant/m/${plugin.id}`, plugin.routes],
      [`/api/public/:tenant/m/${plugin.id}`, plugin.publicRoutes],
    ] as const) {
      if (!register) continue;
      const sub = new OpenAPIHono<PluginEnv>();
      sub.use("*", moduleGate(plugin.id, plugin.title), providePluginContext(plugin));
      register(sub);
      app.route(prefix, sub as unknown as OpenAPIHono);
    }
  }
}
