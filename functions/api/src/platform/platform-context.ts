import { createMiddleware } from "hono/factory";
import { platformTenant } from "./platform-tenant";

/** Platform routes act in the operators' space; only its accounts can hold `platform.manage`. */
export function usePlatformTenant() {
  return createMiddleware(async (c, next) => {
    c.set("tenant", platformTenant);
    await next();
  });
}
