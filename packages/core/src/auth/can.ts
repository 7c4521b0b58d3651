import type { Grant, PermissionDefinition, Role } from "./roles";

export interface Principal {
  username: string;
  tenant: string;
  grants: readonly Grant[];
}

/** Parent links of a tenant's units, enough to answer "is X inside Y's subtree". */
export interface UnitParents {
  parentOf(unitId: string): string | null | undefined;
}

/**
 * All permissions a tenant knows (the host's and its plugins'), with the roles that hold each.
 * Built once at start-up; an unknown permission is a programming error and throws.
 */
export class PermissionTable {
  private readonly byPermission = new Map<string, ReadonlySet<Role>>();

  constructor(...sources: Record<string, PermissionDefinition>[]) {
    for (const source of sources) {
      for (const [key, def] of Object.entries(source)) {
        if (this.byPermission.has(key)) throw new Error(`permission “${key}” is declared twice`);
        this.byPermission.set(key, new Set(def.roles));
      }
    }
  }

  has(permission: string): boolean {
    return this.byPermission.has(permission);
  }

  rolesFor(permission: string): ReadonlySet<Role> {
    const found = this.byPermission.get(permission);
    if (!found) throw new Error(`unknown permission “${permission}”`);
    return found;
  }

  keys(): string[] {
    return [...this.byPermission.keys()];
  }
}

/** True when `unitId` is `ancestorId` or lies below it. Walks up at most 64 levels (cycles cannot loop). */
export function isWithin(tree: UnitParents, unitId: string, ancestorId: string): boolean {
  let current: string | null | undefined = unitId;
  for (let depth = 0; current && depth < 64; depth++) {
    if (current === ancestorId) return true;
    current = tree.parentOf(current);
  }
  return false;
}

/**
 * The one decision every check goes through. `unitId` undefined asks "anywhere in the tenant"
 * (used to let a request in before the handler narrows the result to what the user may see).
 */
export function can(
  user: Principal,
  permission: string,
  unitId: string | undefined,
  permissions: PermissionTable,
  tree: UnitParents,
): boolean {
  const allowed = permissions.rolesFor(permission);
  return user.grants.some(
    (grant) => allowed.has(grant.role) && (unitId === undefined || isWithin(tree, unitId, grant.unitId)),
  );
}

/** The units (grant roots) where the user holds a permission; their subtrees are what they may see. */
export function scopesOf(user: Principal, permission: string, permissions: PermissionTable): string[] {
  const allowed = permissions.rolesFor(permission);
  return user.grants.filter((g) => allowed.has(g.role)).map((g) => g.unitId);
}
