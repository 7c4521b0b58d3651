import { AppError } from "@congdoan/core";
import type { Context } from "hono";
import { respondWithError } from "./index";

interface RouteLike {
  method: string;
  path: string;
}

function matcher(path: string): RegExp {
  const pattern = path
    .split("/")
    .map((segment) => {
      if (segment === "*") return ".*";
      if (segment.startsWith(":")) return "[^/]+";
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${pattern}/?$`);
}

/**
 * Unknown addresses get a JSON 404 in the user's language; a known address with the wrong method
 * gets 405 and an Allow header, which says more than Hono's default 404.
 */
export function notFoundHandler(routes: () => readonly RouteLike[]) {
  return (c: Context) => {
    const path = c.req.path;
    const allowed = new Set<string>();
    for (const route of routes()) {
      if (route.method === "ALL" || route.path.endsWith("*")) continue;
      if (matcher(route.path).test(path)) allowed.add(route.method);
    }
    if (allowed.size > 0 && !allowed.has(c.req.method)) {
      if (allowed.has("GET")) allowed.add("HEAD");
      const list = [...allowed].sort().join(", ");
      c.header("Allow", list);
      return respondWithError(
        c,
        new AppError("method_not_allowed", "error.methodNotAllowed", {
          path,
          method: c.req.method,
          allowed: list,
        }),
      );
    }
    // Every shipped module is mounted, and its gate answers "not switched on" before anything gets
    // here; so an address under /m/<id>/ that reaches this handler names a module that does not exist.
    return respondWithError(c, new AppError("route_not_found", "error.routeNotFound", { path }));
  };
}
