import type { Unit, UnitParents } from "@congdoan/core";
import { type Db, namespaces, TenantStore, UnitRepository } from "@congdoan/db";

/** A tenant's units in memory: parent links for permission checks, children for subtrees. */
export class UnitTree implements UnitParents {
  readonly byId: ReadonlyMap<string, Unit>;
  private readonly children = new Map<string, string[]>();

  constructor(units: readonly Unit[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
    for (const u of units) {
      if (u.parentId) this.children.set(u.parentId, [...(this.children.get(u.parentId) ?? []), u.id]);
    }
  }

  parentOf(unitId: string): string | null | undefined {
    return this.byId.get(unitId)?.parentId;
  }

  has(unitId: string): boolean {
    return this.byId.has(unitId);
  }

  childrenOf(unitId: string): string[] {
    return this.children.get(unitId) ?? [];
  }

  /** The unit and everything below it. */
  subtree(unitId: string): string[] {
    const out: string[] = [];
    const stack = [unitId];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id) || !this.byId.has(id)) continue;
      seen.add(id);
      out.push(id);
      stack.push(...this.childrenOf(id));
    }
    return out;
  }

  /** Path from the root down to the unit, for breadcrumbs and move checks. */
  ancestors(unitId: string): string[] {
    const path: string[] = [];
    let current = this.parentOf(unitId);
    while (current && path.length < 64) {
      path.unshift(current);
      current = this.parentOf(current);
    }
    return path;
  }
}

/**
 * Every permission check needs the tree. A few seconds of in-process caching keeps that to one
 * query per tenant per few seconds; writes through this process invalidate at once.
 */
export class UnitTreeCache {
  private readonly entries = new Map<string, { tree: Promise<UnitTree>; until: number }>();

  constructor(private readonly ttlMs = 5_000) {}

  /** `db` must be the tenant's own access: the tree is read with the caller's scoped credentials. */
  get(tenant: string, db: Db): Promise<UnitTree> {
    const hit = this.entries.get(tenant);
    if (hit && hit.until > Date.now()) return hit.tree;
    const repo = new UnitRepository(new TenantStore(db, tenant, namespaces.core));
    const tree = repo.all().then((units) => new UnitTree(units));
    tree.catch(() => this.entries.delete(tenant));
    this.entries.set(tenant, { tree, until: Date.now() + this.ttlMs });
    return tree;
  }

  invalidate(tenant: string): void {
    this.entries.delete(tenant);
  }
}
