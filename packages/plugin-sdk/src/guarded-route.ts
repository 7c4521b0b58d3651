import { createRoute, type RouteConfig } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";

/**
 * Who may call a route: a permission key, "authenticated" (any signed-in user of the tenant, e.g.
 * changing one's own password) or "public" (no login: public scoreboards, login itself).
 */
export type RouteAccess = string;
export const PUBLIC = "public";
export const AUTHENTICATED = "authenticated";

/** Stored on every operation of the OpenAPI document, so tests can check that no route forgot it. */
export const ACCESS_EXTENSION = "x-permission";

function guard(access: RouteAccess) {
  return createMiddleware(async (c, next) => {
    if (access !== PUBLIC) {
      const checks = c.get("access" as never) as { require(permission: string): Promise<void> } | undefined;
      if (!checks) throw new Error(`route needs “${access}” but the host gave no access checks`);
      await checks.require(access);
    }
    await next();
  });
}

/**
 * `createRoute` with the permission it needs declared up front: the host lets the request in only
 * when the user holds the permission somewhere; the handler then checks the exact unit.
 */
export function guardedRoute<R extends RouteConfig>(access: RouteAccess, config: R): R {
  const existing = config.middleware
    ? Array.isArray(config.middleware)
      ? config.middleware
      : [config.middleware]
    : [];
  return createRoute({
    ...config,
    [ACCESS_EXTENSION]: access,
    middleware: [guard(access), ...existing],
  } as R);
}
