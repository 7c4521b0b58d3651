import type { PermissionTable, Principal } from "@congdoan/core";
import { namespaces, TenantStore } from "@congdoan/db";
import { createMiddleware } from "hono/factory";
import type { DataAccess } from "../data-access";
import { RequestAccess } from "./access";
import { type JwtKeyInput, verifyAccessToken } from "./tokens";
import type { UnitTreeCache } from "./unit-tree";
import { UserRepository } from "./users";

export interface IdentityDeps {
  data: DataAccess;
  /** Signs with the current key; verifies with it or the previous one (see JwtKeys). */
  secret: JwtKeyInput;
  permissions: PermissionTable;
  trees: UnitTreeCache;
}

/**
 * Reads the bearer token, and puts `user` and `access` on the context. A token for another tenant,
 * a disabled account or a token older than the last password change counts as no login at all; the
 * route's guard then answers 401. Grants are read from the account, not trusted from the token.
 */
export function authenticate(deps: IdentityDeps) {
  return createMiddleware(async (c, next) => {
    const tenant = c.get("tenant");
    let user: Principal | undefined;
    const header = c.req.header("authorization");
    if (header?.startsWith("Bearer ")) {
      const claims = await verifyAccessToken(deps.secret, header.slice(7).trim());
      if (claims && claims.tid === tenant.id) {
        const account = await new UserRepository(
          new TenantStore(c.get("db"), tenant.id, namespaces.core),
        ).find(claims.sub);
        if (account && account.data.status === "active" && account.data.tokenVersion === claims.tv) {
          user = { username: account.data.username, tenant: tenant.id, grants: account.data.grants };
        }
      }
    }
    c.set("user", user);
    c.set("access", new RequestAccess(user, deps.permissions, () => deps.trees.get(tenant.id, c.get("db"))));
    await next();
  });
}

/** Public routes: nobody is signed in, and every check says no. */
export function anonymous(permissions: PermissionTable, trees: UnitTreeCache) {
  return createMiddleware(async (c, next) => {
    c.set("user", undefined);
    c.set(
      "access",
      new RequestAccess(undefined, permissions, () => trees.get(c.get("tenant").id, c.get("db"))),
    );
    await next();
  });
}

/** Binds the request's table access to the tenant from the URL, before anything reads or writes. */
export function bindTenantDb(data: DataAccess) {
  return createMiddleware(async (c, next) => {
    c.set("db", await data.forTenant(c.get("tenant").id));
    await next();
  });
}

export function bindPlatformDb(data: DataAccess) {
  return createMiddleware(async (c, next) => {
    c.set("db", await data.platform());
    await next();
  });
}
