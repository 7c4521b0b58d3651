import type { Ownership, SchoolLevel, Unit, UnitKind } from "../api/units";
import { matchesQuery } from "../text/search";

export interface TreeNode {
  unit: Unit;
  children: TreeNode[];
  depth: number;
  /** memberCount of the unit and its active descendants (closed units hold no members). */
  totalMembers: number;
}

const byName = (a: Unit, b: Unit) => a.name.localeCompare(b.name, "vi", { sensitivity: "base" });

/**
 * Builds the forest from a flat list, children sorted by name. A unit whose parent is missing
 * (outside what the user may see, or bad data) becomes a root instead of disappearing; a parent
 * cycle cannot loop, because each unit is attached once.
 */
export function buildTree(units: readonly Unit[]): TreeNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent =
      unit.parentId !== null && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const make = (unit: Unit, depth: number): TreeNode => {
    seen.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((c) => !seen.has(c.id))
      .sort(byName)
      .map((c) => make(c, depth + 1));
    const own = unit.status === "active" ? unit.memberCount : 0;
    return {
      unit,
      children,
      depth,
      totalMembers: own + children.reduce((sum, c) => sum + c.totalMembers, 0),
    };
  };
  const roots = (childrenOf.get(null) ?? []).sort(byName).map((u) => make(u, 0));
  // Units only reachable through a cycle have no root; show them at the top rather than lose them.
  for (const unit of units) if (!seen.has(unit.id)) roots.push(make(unit, 0));
  return roots;
}

/** The unit and everything below it, by id. */
export function subtreeIds(units: readonly Unit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId === null) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * Where a unit may be moved: any active unit outside its own subtree, except its current parent
 * (moving there would change nothing).
 */
export function moveTargets(units: readonly Unit[], unitId: string): Unit[] {
  const unit = units.find((u) => u.id === unitId);
  const excluded = subtreeIds(units, unitId);
  return units.filter((u) => u.status === "active" && !excluded.has(u.id) && u.id !== unit?.parentId);
}

/** What a unit may be merged into: any other active unit outside its own subtree. */
export function mergeTargets(units: readonly Unit[], unitId: string): Unit[] {
  const excluded = subtreeIds(units, unitId);
  return units.filter((u) => u.status === "active" && !excluded.has(u.id));
}

/** Names from the root down to the unit's parent, e.g. for "LĐLĐ Hà Nội › LĐLĐ quận Thanh Xuân". */
export function ancestorNames(byId: ReadonlyMap<string, Unit>, unitId: string): string[] {
  const names: string[] = [];
  let current = byId.get(unitId)?.parentId ?? null;
  for (let guard = 0; current && guard < 64; guard++) {
    const unit = byId.get(current);
    if (!unit) break;
    names.unshift(unit.name);
    current = unit.parentId;
  }
  return names;
}

export interface UnitFilter {
  query: string;
  kind: UnitKind | "";
  schoolLevel: SchoolLevel | "";
  ownership: Ownership | "";
  showClosed: boolean;
}

export const NO_FILTER: UnitFilter = {
  query: "",
  kind: "",
  schoolLevel: "",
  ownership: "",
  showClosed: false,
};

export function isFiltering(filter: UnitFilter): boolean {
  return (
    filter.query.trim() !== "" || filter.kind !== "" || filter.schoolLevel !== "" || filter.ownership !== ""
  );
}

export function unitMatches(unit: Unit, filter: UnitFilter): boolean {
  return (
    (filter.showClosed || unit.status === "active") &&
    (filter.kind === "" || unit.kind === filter.kind) &&
    (filter.schoolLevel === "" || unit.schoolLevel === filter.schoolLevel) &&
    (filter.ownership === "" || unit.ownership === filter.ownership) &&
    matchesQuery(`${unit.name} ${unit.id}`, filter.query)
  );
}

export interface FilteredTree {
  roots: TreeNode[];
  /** Ids of the units that match themselves (ancestors are kept only to place them). */
  matches: Set<string>;
}

/**
 * Keeps the matching units and the ancestors that lead to them. Without a search or filter only
 * closed units are hidden (unless shown), and with them their subtree.
 */
export function filterTree(roots: readonly TreeNode[], filter: UnitFilter): FilteredTree {
  const matches = new Set<string>();
  const filtering = isFiltering(filter);
  const visit = (node: TreeNode): TreeNode | undefined => {
    if (!filtering) {
      if (!filter.showClosed && node.unit.status !== "active") return undefined;
      matches.add(node.unit.id);
      return { ...node, children: node.children.map(visit).filter((n): n is TreeNode => n !== undefined) };
    }
    const children = node.children.map(visit).filter((n): n is TreeNode => n !== undefined);
    const self = unitMatches(node.unit, filter);
    if (self) matches.add(node.unit.id);
    return self || children.length > 0 ? { ...node, children } : undefined;
  };
  return { roots: roots.map(visit).filter((n): n is TreeNode => n !== undefined), matches };
}

/** Ids of every node that has children, e.g. to expand all search results. */
export function branchIds(roots: readonly TreeNode[]): Set<string> {
  const out = new Set<string>();
  const walk = (node: TreeNode) => {
    if (node.children.length > 0) out.add(node.unit.id);
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** The nodes a keyboard user moves through: depth-first, children only of expanded nodes. */
export function visibleNodes(roots: readonly TreeNode[], expanded: ReadonlySet<string>): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (node: TreeNode) => {
    out.push(node);
    if (expanded.has(node.unit.id)) node.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
