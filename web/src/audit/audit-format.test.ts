import { describe, expect, it } from "vitest";
import { actionLabel, changeRows, fieldLabel, parseTarget } from "./audit-format";

describe("audit formatting", () => {
  it("translates known action codes and shows unknown ones as they are", () => {
    const t = (key: string) => `«${key}»`;
    expect(actionLabel("unit.move", t)).toBe("«audit.action.unit.move»");
    expect(actionLabel("scholarship.award", t)).toBe("scholarship.award");
    const titles = (id: string) => (id === "scholarships" ? "Học bổng" : undefined);
    expect(actionLabel("scholarships.receipts.view", t, titles)).toBe("Học bổng · receipts.view");
    expect(actionLabel("unit.move", t, titles)).toBe("«audit.action.unit.move»");
    expect(actionLabel("other.thing", t, titles)).toBe("other.thing");
    expect(fieldLabel("parentId", t)).toBe("«audit.field.parentId»");
    expect(fieldLabel("quota", t)).toBe("quota");
  });

  it("splits the target into its type and id", () => {
    expect(parseTarget("unit:ldld-thanh-xuan")).toEqual({ type: "unit", id: "ldld-thanh-xuan" });
    expect(parseTarget("user:admin.hanoi")).toEqual({ type: "user", id: "admin.hanoi" });
    expect(parseTarget("plain")).toEqual({ type: "", id: "plain" });
  });

  it("lists changed fields first", () => {
    const rows = changeRows(
      { name: "LĐLĐ Thanh Xuân", memberCount: 2152, parentId: "ha-noi" },
      { name: "LĐLĐ Thanh Xuân", memberCount: 2160, parentId: "ha-noi", clusterIds: ["cum-1"] },
    );
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ["memberCount", true],
      ["clusterIds", true],
      ["name", false],
      ["parentId", false],
    ]);
    expect(rows[1]).toMatchObject({ before: "", after: '["cum-1"]' });
    expect(changeRows(undefined, undefined)).toEqual([]);
    expect(changeRows(undefined, 3)).toEqual([{ field: "", before: "", after: "3", changed: true }]);
  });
});
