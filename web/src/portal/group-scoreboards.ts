import type { ModuleSummary, PublicScoreboardRef } from "../api/types";

export interface ScoreboardGroup {
  moduleId: string;
  /** Undefined when the API listed a scoreboard for a module it did not describe. */
  module: ModuleSummary | undefined;
  scoreboards: PublicScoreboardRef[];
}

/** Groups by module, in the order modules are listed, then any unknown modules in first-seen order. */
export function groupScoreboards(
  modules: ModuleSummary[],
  scoreboards: PublicScoreboardRef[],
): ScoreboardGroup[] {
  const groups = new Map<string, ScoreboardGroup>();
  for (const m of modules) groups.set(m.id, { moduleId: m.id, module: m, scoreboards: [] });
  for (const s of scoreboards) {
    let group = groups.get(s.module);
    if (!group) {
      group = { moduleId: s.module, module: undefined, scoreboards: [] };
      groups.set(s.module, group);
    }
    group.scoreboards.push(s);
  }
  return [...groups.values()].filter((g) => g.scoreboards.length > 0);
}
