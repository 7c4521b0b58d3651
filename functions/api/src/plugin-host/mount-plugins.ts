import { type Db, namespaces, TenantStore } from "@congdoan/db";
import {
  type AnyPlugin,
  type FileStore,
  type PluginApp,
  type PluginEnv,
  type PluginServer,
  pluginServer,
} from "@congdoan/plugin-sdk";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, Next } from "hono";
import { createMiddleware } from "hono/factory";
import { AuditLog } from "../audit/audit-log";
import type { UnitTreeCache } from "../identity/unit-tree";
import { notFoundHandler } from "../middleware/error-mapper/not-found";
import { moduleGate } from "../middleware/module-gate";
import { memberDirectory, pluginContext } from "./plugin-context";
import type { ScoreboardCache } from "./scoreboard-cache";

type ValidationHook = NonNullable<ConstructorParameters<typeof OpenAPIHono>[0]>["defaultHook"];

export interface PluginHostDeps {
  trees: UnitTreeCache;
  boards: ScoreboardCache;
  files: (tenant: string, plugin: string) => FileStore;
  /** The host's answer to invalid input, so a module's routes refuse it exactly like the host's. */
  validationHook: ValidationHook;
}

/** The modules' own apps, built on first use; `/api/openapi.json` asks for all of them. */
export interface MountedModules {
  loadAll(): Promise<OpenAPIHono[]>;
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
 * A module's routes live in their own Hono app, because routes cannot be added to the host's router
 * once it has answered a request. The host hands a request over with `fetch`; the variables its
 * middleware set (tenant, user, access, store, …) travel with the request object.
 */
const hostContexts = new WeakMap<Request, Context>();

const adoptHostVariables = createMiddleware(async (c, next) => {
  const host = hostContexts.get(c.req.raw);
  if (host) for (const [key, value] of Object.entries(host.var)) c.set(key as never, value as never);
  await next();
});

function lazyModuleApp(
  prefix: string,
  load: () => Promise<((app: PluginApp) => void) | undefined>,
  hook: ValidationHook,
) {
  let built: Promise<OpenAPIHono | undefined> | undefined;
  const build = async () => {
    const register = await load();
    if (!register) return undefined;
    const moduleApp = new OpenAPIHono({ defaultHook: hook });
    const routes = new OpenAPIHono<PluginEnv>();
    routes.use("*", adoptHostVariables);
    register(routes);
    moduleApp.route(prefix, routes as unknown as OpenAPIHono);
    // Errors go back to the host, which maps them to HTTP in one place.
    moduleApp.onError((error) => {
      throw error;
    });
    moduleApp.notFound(notFoundHandler(() => moduleApp.routes));
    return moduleApp;
  };
  const get = () => {
    built ??= build();
    // A failed import (a broken deployment) is tried again by the next request, not remembered.
    built.catch(() => {
      built = undefined;
    });
    return built;
  };
  const dispatch = async (c: Context, next: Next) => {
    const moduleApp = await get();
    if (!moduleApp) return next();
    hostContexts.set(c.req.raw, c);
    const answer = await moduleApp.fetch(c.req.raw, c.env);
    // Through the host's context, so headers its middleware set before the module ran (the request id) stay.
    return c.newResponse(answer.body, answer);
  };
  return { get, dispatch };
}

const privateRoutes = (server: PluginServer) => server.routes as ((app: PluginApp) => void) | undefined;
const publicRoutes = (server: PluginServer) => server.publicRoutes as ((app: PluginApp) => void) | undefined;

/**
 * Mounts each plugin's private routes at `/api/t/:tenant/m/<id>` and public ones at
 * `/api/public/:tenant/m/<id>`, behind the module gate. The tenant is already resolved by the host.
 * A module's code is imported by the first request that reaches it, so a cold start pays for the
 * host alone and a disabled module is never loaded.
 */
export function mountPlugins(
  app: OpenAPIHono,
  plugins: readonly AnyPlugin[],
  deps: PluginHostDeps,
): MountedModules {
  const mounted: ReturnType<typeof lazyModuleApp>[] = [];
  for (const plugin of plugins) {
    for (const [prefix, pick] of [
      [`/api/t/:tenant/m/${plugin.id}`, privateRoutes],
      [`/api/public/:tenant/m/${plugin.id}`, publicRoutes],
    ] as const) {
      const moduleApp = lazyModuleApp(
        prefix,
        async () => pick(await pluginServer(plugin)),
        deps.validationHook,
      );
      mounted.push(moduleApp);
      // "<prefix>/*" also matches the prefix itself.
      app.use(`${prefix}/*`, moduleGate(plugin.id, plugin.title), providePluginContext(plugin, deps));
      app.all(`${prefix}/*`, moduleApp.dispatch);
    }
  }
  return {
    loadAll: async () =>
      (await Promise.all(mounted.map((m) => m.get()))).filter((a): a is OpenAPIHono => a !== undefined),
  };
}
