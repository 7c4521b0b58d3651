import { describe, expect, it } from "vitest";
import { groupScoreboards } from "./group-scoreboards";

const t = (vi: string) => ({ vi, en: vi });
const board = (module: string, id: string) => ({
  module,
  id,
  title: t(id),
  path: `/api/public/x/m/${module}/${id}`,
});

describe("groupScoreboards", () => {
  it("groups by module in module order and drops empty modules", () => {
    const modules = [
      { id: "emulation", title: t("Thi đua") },
      { id: "awards", title: t("Khen thưởng") },
      { id: "members", title: t("Đoàn viên") },
    ];
    const groups = groupScoreboards(modules, [
      board("awards", "a1"),
      board("emulation", "e1"),
      board("awards", "a2"),
    ]);
    expect(groups.map((g) => [g.moduleId, g.scoreboards.map((s) => s.id)])).toEqual([
      ["emulation", ["e1"]],
      ["awards", ["a1", "a2"]],
    ]);
  });

  it("keeps scoreboards of modules missing from the list", () => {
    const groups = groupScoreboards([], [board("ghost", "g1")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.module).toBeUndefined();
  });

  it("is empty when there are no scoreboards", () => {
    expect(groupScoreboards([{ id: "emulation", title: t("Thi đua") }], [])).toEqual([]);
  });
});
