import { schoolYearRange } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import {
  buildShards,
  defaultDeadline,
  defaultTitle,
  scopesOverlap,
  type UnitOverride,
} from "./campaign-scope";
import { type Ctx, reject, unitOrReject } from "./http";
import { type Campaign, type ComplianceRow, keys, type SummaryShard } from "./model";
import type { ChecklistItem } from "./settings";
import { loadCampaigns, loadYearShards } from "./summary";

export interface NewCampaign {
  year: string;
  scopeUnitId: string;
  title?: string;
  deadline?: string;
  documents?: ChecklistItem[];
  units?: UnitOverride[];
}

export function checkDeadline(c: Ctx, year: string, deadline: string) {
  const range = schoolYearRange(year, c.var.tenant.schoolYear);
  if (deadline < range.start || deadline > range.end)
    throw reject.bad({
      vi: `hạn tổ chức phải nằm trong năm học ${year.replace("-", "–")}`,
      en: `the deadline must fall within the ${year.replace("-", "–")} school year`,
    });
}

/** Creates a campaign with its summary items (every active CĐCS of the scope), audited. */
export async function createCampaign(c: Ctx, input: NewCampaign, action = "democracy.campaign.create") {
  const { store, units } = c.var;
  const scope = await unitOrReject(c, input.scopeUnitId);
  if (scope.kind === "cdcs")
    throw reject.bad({
      vi: "phạm vi của đợt phải là liên đoàn, công đoàn ngành hoặc LĐLĐ quận/huyện, không phải một CĐCS",
      en: "a campaign covers the federation, a sector union or a district, not a single grassroots union",
    });
  if (scope.status !== "active")
    throw reject.bad({ vi: `đơn vị “${scope.name}” đã đóng`, en: `the unit “${scope.name}” is closed` });
  const scopeAncestors = await units.ancestors(scope.id);
  for (const other of await loadCampaigns(store, input.year)) {
    const otherAncestors = await units.ancestors(other.data.scopeUnitId);
    if (scopesOverlap(scope.id, scopeAncestors, other.data.scopeUnitId, otherAncestors))
      throw reject.conflict({
        vi: `năm học ${input.year.replace("-", "–")} đã có đợt “${other.data.title}” bao trùm các đơn vị này`,
        en: `the ${input.year.replace("-", "–")} campaign “${other.data.title}” already covers these units`,
      });
  }
  const all = await units.all();
  const inScope = new Set(await units.subtree(scope.id));
  const shards = buildShards(input.year, scope.id, all, inScope, input.units ?? []);
  if (shards.length === 0)
    throw reject.bad({
      vi: "phạm vi này không có CĐCS nào đang hoạt động",
      en: "this scope has no active grassroots union",
    });
  const listed = new Set(shards.flatMap((s) => Object.keys(s.rows)));
  const stray = (input.units ?? []).find((o) => !listed.has(o.unitId));
  if (stray)
    throw reject.bad({
      vi: `đơn vị “${stray.unitId}” không phải CĐCS đang hoạt động trong phạm vi`,
      en: `“${stray.unitId}” is not an active grassroots union within the scope`,
    });
  const deadline = input.deadline ?? defaultDeadline(input.year, c.var.settings.defaultDeadline);
  checkDeadline(c, input.year, deadline);
  const campaign: Campaign = {
    year: input.year,
    scopeUnitId: scope.id,
    title: input.title ?? defaultTitle(input.year),
    deadline,
    documents: input.documents ?? c.var.settings.documentChecklist,
    status: "open",
  };
  const shardOps = shards.map((s) =>
    store.prepareCreate(keys.shard(s.year, s.scopeUnitId, s.shardId), "summary", s),
  );
  const first = [
    store.prepareCreate(keys.campaign(campaign.year, campaign.scopeUnitId), "campaign", campaign),
    c.var.audit.prepare({
      action,
      unitId: scope.id,
      target: `campaign:${campaign.year}/${campaign.scopeUnitId}`,
      after: { ...campaign, required: listed.size },
    }),
  ];
  // A transaction holds 100 writes: the campaign goes with the first districts, others follow.
  await store.transact([...first, ...shardOps.slice(0, 98)]);
  for (let i = 98; i < shardOps.length; i += 100) await store.transact(shardOps.slice(i, i + 100));
  c.var.invalidateScoreboards();
  return {
    campaign: (await store.get<Campaign>(keys.campaign(campaign.year, campaign.scopeUnitId)))!,
    required: listed.size,
  };
}

export function campaignView(item: StoredItem<Campaign>, required?: number) {
  return { ...item.data, version: item.version, ...(required === undefined ? {} : { required }) };
}

export async function campaignShards(c: Ctx, campaign: Campaign): Promise<StoredItem<SummaryShard>[]> {
  return (await loadYearShards(c.var.store, campaign.year)).filter(
    (s) => s.data.scopeUnitId === campaign.scopeUnitId,
  );
}

/**
 * The writes that change every unit row of a campaign (a new deadline, a frozen tree), one per summary
 * item at the version just read, for the caller to put in the same transaction as the campaign.
 */
export async function rewriteCampaignRows(
  c: Ctx,
  campaign: Campaign,
  rewrite: (row: ComplianceRow, unitId: string) => ComplianceRow,
) {
  const { store } = c.var;
  return (await campaignShards(c, campaign)).map((shard) => {
    const rows = Object.fromEntries(
      Object.entries(shard.data.rows).map(([id, row]) => [id, rewrite(row, id)]),
    );
    const address = keys.shard(campaign.year, campaign.scopeUnitId, shard.data.shardId);
    return store.prepareUpdate(address, shard, shard.version, { ...shard.data, rows });
  });
}
