import type { PluginApi } from "@congdoan/plugin-sdk/web";
import type { ApiClient } from "../api/client";
import { tenantApi } from "../api/paths";

/**
 * A module page's path ("/cases/42?x=1") under the module's API base. Anything that could leave the
 * base (an absolute URL, "..", "//", a backslash) is refused, so a module only reaches its own routes.
 */
export function modulePath(base: string, path: string): string {
  const [pathname = "", query] = path.split(/(?=[?#])/, 2);
  const segments = pathname.split("/").filter((s) => s !== "");
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.includes("\\") || pathname.includes("//")) {
    throw new Error(`Not a module-relative path: ${path}`);
  }
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new Error(`Not a module-relative path: ${path}`);
    }
    if (decoded === "." || decoded === ".." || decoded.includes("/"))
      throw new Error(`Not a module-relative path: ${path}`);
  }
  const joined = segments.length ? `${base}/${segments.join("/")}` : base;
  return query ? `${joined}${query}` : joined;
}

/** The signed-in session's API access for a module page, relative to /api/t/{tenant}/m/{module}. */
export function createPluginApi(api: ApiClient, tenant: string, module: string): PluginApi {
  const base = tenantApi(tenant, "m", module);
  return {
    get: <T>(path: string) => api.get<T>(modulePath(base, path)),
    send: <T>(method: "POST" | "PUT" | "PATCH" | "DELETE", path: string, body?: unknown) =>
      api.request<T>(modulePath(base, path), { method, ...(body === undefined ? {} : { body }) }),
    raw: (path: string, init?: RequestInit) => api.raw(modulePath(base, path), init),
  };
}
