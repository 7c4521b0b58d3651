import {
  can,
  ForbiddenError,
  type PermissionTable,
  type Principal,
  scopesOf,
  UnauthorizedError,
} from "@congdoan/core";
import { type Access, AUTHENTICATED } from "@congdoan/plugin-sdk";
import type { UnitTree } from "./unit-tree";

/** The request-bound implementation of the SDK's `Access`: every check ends in `can()`. */
export class RequestAccess implements Access {
  constructor(
    readonly user: Principal | undefined,
    private readonly permissions: PermissionTable,
    private readonly tree: () => Promise<UnitTree>,
  ) {}

  async require(permission: string, unitId?: string): Promise<void> {
    if (!this.user) throw new UnauthorizedError();
    if (permission === AUTHENTICATED) return;
    if (!(await this.can(permission, unitId))) throw new ForbiddenError();
  }

  async can(permission: string, unitId?: string): Promise<boolean> {
    if (!this.user) return false;
    if (permission === AUTHENTICATED) return true;
    return can(this.user, permission, unitId, this.permissions, await this.tree());
  }

  scopes(permission: string): string[] {
    return this.user ? scopesOf(this.user, permission, this.permissions) : [];
  }

  async unitsWithin(permission: string): Promise<Set<string>> {
    const tree = await this.tree();
    return new Set(this.scopes(permission).flatMap((root) => tree.subtree(root)));
  }
}
