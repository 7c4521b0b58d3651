import { describe, expect, it } from "vitest";
import type { Unit } from "../api/units";
import {
  ancestorNames,
  branchIds,
  buildTree,
  filterTree,
  mergeTargets,
  moveTargets,
  NO_FILTER,
  subtreeIds,
  visibleNodes,
} from "./tree";

const unit = (id: string, name: string, parentId: string | null, extra: Partial<Unit> = {}): Unit => ({
  id,
  name,
  kind: parentId === null ? "ldld" : "cdcs",
  parentId,
  memberCount: 0,
  status: "active",
  version: 1,
  ...extra,
});

const units: Unit[] = [
  unit("ha-noi", "Liên đoàn Lao động thành phố Hà Nội", null),
  unit("ldld-thanh-xuan", "LĐLĐ quận Thanh Xuân", "ha-noi", { kind: "ldld-huyen" }),
  unit("ldld-phu-xuyen", "LĐLĐ huyện Phú Xuyên", "ha-noi", { kind: "ldld-huyen" }),
  unit("tx-thcs-nhan-chinh", "CĐCS Trường THCS Nhân Chính", "ldld-thanh-xuan", {
    memberCount: 52,
    schoolLevel: "thcs",
    ownership: "public",
  }),
  unit("tx-mn-hoa-sen", "CĐCS Trường Mầm non Hoa Sen", "ldld-thanh-xuan", {
    memberCount: 2100,
    schoolLevel: "mam-non",
    ownership: "non-public",
  }),
  unit("tx-cu", "CĐCS Trường cũ", "ldld-thanh-xuan", { memberCount: 9, status: "closed" }),
  unit("px-thcs-tran-phu", "CĐCS Trường THCS Trần Phú", "ldld-phu-xuyen", { memberCount: 40 }),
];

describe("buildTree", () => {
  it("nests units under their parent, sorted by name, with member totals of active units", () => {
    const [root] = buildTree(units);
    expect(root?.unit.id).toBe("ha-noi");
    expect(root?.children.map((c) => c.unit.id)).toEqual(["ldld-phu-xuyen", "ldld-thanh-xuan"]);
    const tx = root?.children[1];
    expect(tx?.children.map((c) => c.unit.name)).toEqual([
      "CĐCS Trường cũ",
      "CĐCS Trường Mầm non Hoa Sen",
      "CĐCS Trường THCS Nhân Chính",
    ]);
    expect(tx?.depth).toBe(1);
    expect(tx?.totalMembers).toBe(2152);
    expect(root?.totalMembers).toBe(2192);
  });

  it("keeps orphans and cycles visible as roots instead of dropping them", () => {
    const roots = buildTree([unit("a", "A", "missing"), unit("b", "B", "c"), unit("c", "C", "b")]);
    expect(roots.map((r) => r.unit.id).sort()).toEqual(["a", "b"]);
    expect(roots.find((r) => r.unit.id === "b")?.children[0]?.unit.id).toBe("c");
  });
});

describe("move and merge targets", () => {
  it("never offers the unit's own subtree or its current parent when moving", () => {
    const ids = moveTargets(units, "ldld-thanh-xuan").map((u) => u.id);
    expect(ids).not.toContain("ldld-thanh-xuan");
    expect(ids).not.toContain("tx-thcs-nhan-chinh");
    expect(ids).not.toContain("ha-noi");
    expect(ids).toContain("ldld-phu-xuyen");
    expect(ids).toContain("px-thcs-tran-phu");
  });

  it("does not offer closed units", () => {
    expect(moveTargets(units, "px-thcs-tran-phu").map((u) => u.id)).not.toContain("tx-cu");
    expect(mergeTargets(units, "px-thcs-tran-phu").map((u) => u.id)).toContain("ldld-phu-xuyen");
  });

  it("collects a subtree", () => {
    expect([...subtreeIds(units, "ldld-thanh-xuan")].sort()).toEqual([
      "ldld-thanh-xuan",
      "tx-cu",
      "tx-mn-hoa-sen",
      "tx-thcs-nhan-chinh",
    ]);
  });

  it("names the ancestors for a breadcrumb-like hint", () => {
    const byId = new Map(units.map((u) => [u.id, u]));
    expect(ancestorNames(byId, "tx-thcs-nhan-chinh")).toEqual([
      "Liên đoàn Lao động thành phố Hà Nội",
      "LĐLĐ quận Thanh Xuân",
    ]);
  });
});

describe("filterTree", () => {
  const roots = buildTree(units);

  it("hides closed units unless asked", () => {
    const plain = filterTree(roots, NO_FILTER);
    expect(plain.matches.has("tx-cu")).toBe(false);
    expect(filterTree(roots, { ...NO_FILTER, showClosed: true }).matches.has("tx-cu")).toBe(true);
  });

  it("keeps the ancestors of a search hit, without accents", () => {
    const found = filterTree(roots, { ...NO_FILTER, query: "nhan chinh" });
    expect([...found.matches]).toEqual(["tx-thcs-nhan-chinh"]);
    expect(found.roots[0]?.children.map((c) => c.unit.id)).toEqual(["ldld-thanh-xuan"]);
    expect([...branchIds(found.roots)].sort()).toEqual(["ha-noi", "ldld-thanh-xuan"]);
  });

  it("filters by school level and ownership", () => {
    expect([...filterTree(roots, { ...NO_FILTER, schoolLevel: "mam-non" }).matches]).toEqual([
      "tx-mn-hoa-sen",
    ]);
    expect([...filterTree(roots, { ...NO_FILTER, ownership: "public" }).matches]).toEqual([
      "tx-thcs-nhan-chinh",
    ]);
  });

  it("lists the nodes a keyboard moves through, skipping collapsed subtrees", () => {
    const ids = visibleNodes(roots, new Set(["ha-noi"])).map((n) => n.unit.id);
    expect(ids).toEqual(["ha-noi", "ldld-phu-xuyen", "ldld-thanh-xuan"]);
  });
});
