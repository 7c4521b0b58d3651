import type { Locale, Principal, Tenant } from "@congdoan/core";
import type { Db } from "@congdoan/db";
import type { Access } from "@congdoan/plugin-sdk";
import type { Logger } from "./middleware/logger";

/** Variables the host's middleware puts on every request, typed once for all handlers. */
declare module "hono" {
  interface ContextVariableMap {
    locale: Locale;
    log: Logger;
    tenant: Tenant;
    user: Principal | undefined;
    /** Table access for this request's tenant (scoped credentials in the cloud). */
    db: Db;
    access: Access;
  }
}
