import { describe, expect, it } from "vitest";
import { can, isWithin, PermissionTable, scopesOf } from "./can";
import { corePermissions } from "./roles";

const parents: Record<string, string | null> = {
  "ha-noi": null,
  "ldld-thanh-xuan": "ha-noi",
  "tx-thcs-nhan-chinh": "ldld-thanh-xuan",
  "ldld-phu-xuyen": "ha-noi",
  "px-thcs-tran-phu": "ldld-phu-xuyen",
};
const tree = { parentOf: (id: string) => parents[id] };
const table = new PermissionTable(corePermissions, {
  "scholarships.nominate": { vi: "Đề cử", en: "Nominate", roles: ["cdcs-officer"] },
});

describe("can(user, permission, unit)", () => {
  const officer = {
    username: "a",
    tenant: "ha-noi",
    grants: [{ role: "cdcs-officer" as const, unitId: "tx-thcs-nhan-chinh" }],
  };
  const reviewer = {
    username: "b",
    tenant: "ha-noi",
    grants: [{ role: "reviewer" as const, unitId: "ldld-thanh-xuan" }],
  };
  const admin = {
    username: "c",
    tenant: "ha-noi",
    grants: [{ role: "federation-admin" as const, unitId: "ha-noi" }],
  };

  it("a role granted at a unit covers its subtree and nothing beside it", () => {
    expect(isWithin(tree, "tx-thcs-nhan-chinh", "ha-noi")).toBe(true);
    expect(can(officer, "members.read", "tx-thcs-nhan-chinh", table, tree)).toBe(true);
    expect(can(officer, "members.read", "px-thcs-tran-phu", table, tree)).toBe(false);
    expect(can(officer, "members.read", "ldld-thanh-xuan", table, tree)).toBe(false);
    expect(can(admin, "units.write", "px-thcs-tran-phu", table, tree)).toBe(true);
  });

  it("reviewers see the tree but never member records", () => {
    expect(can(reviewer, "units.read", "tx-thcs-nhan-chinh", table, tree)).toBe(true);
    expect(can(reviewer, "members.read", "tx-thcs-nhan-chinh", table, tree)).toBe(false);
  });

  it("plugin permissions are granted through roles like the host's", () => {
    expect(can(officer, "scholarships.nominate", "tx-thcs-nhan-chinh", table, tree)).toBe(true);
    expect(can(admin, "scholarships.nominate", "tx-thcs-nhan-chinh", table, tree)).toBe(false);
  });

  it("refuses unknown permissions loudly and duplicate declarations at start-up", () => {
    expect(() => can(admin, "units.delete", undefined, table, tree)).toThrow(/unknown permission/);
    expect(
      () => new PermissionTable(corePermissions, { "units.read": { vi: "x", en: "x", roles: [] } }),
    ).toThrow(/twice/);
  });

  it("lists the roots of what a user may see", () => {
    expect(scopesOf(officer, "members.read", table)).toEqual(["tx-thcs-nhan-chinh"]);
    expect(scopesOf(reviewer, "members.read", table)).toEqual([]);
  });

  it("does not loop on a corrupt tree with a cycle", () => {
    const cyclic = { parentOf: (id: string) => (id === "a" ? "b" : "a") };
    expect(isWithin(cyclic, "a", "z")).toBe(false);
  });
});
