import { ConflictError, VersionMismatchError } from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import { rowFromConference } from "./compliance";
import { type Ctx, reject, sleep } from "./http";
import { type Campaign, type ComplianceRow, type Conference, keys, type SummaryShard } from "./model";
import { currentDistricts, loadYearShards, shardOf } from "./summary";

export interface ConferenceChange {
  year: string;
  unitId: string;
  /** Dotted audit verb, e.g. `democracy.conference.close`. */
  action: string;
  /** undefined: create (refused if one exists); a number: update at exactly that version. */
  expectedVersion?: number;
  /** Follow-ups are allowed after the campaign closed; nothing else is. */
  allowClosedCampaign?: boolean;
  change(
    current: Conference | undefined,
    ctx: { campaign: Campaign; row: ComplianceRow },
  ): Conference | Promise<Conference>;
}

const MAX_ATTEMPTS = 12;
const duplicate = (year: string) =>
  new ConflictError({
    vi: `đơn vị đã có hội nghị của năm học ${year.replace("-", "–")}; hãy mở hội nghị đó để sửa`,
    en: `the unit already has a ${year.replace("-", "–")} conference; open that one to change it`,
  });

/**
 * Writes one conference and its unit's compliance row in the same transaction (with the audit
 * entry). The conference's own version decides who wins between two officers (the loser gets 409);
 * a collision only on the district's summary item is retried, so counts never drift.
 */
export async function writeConference(c: Ctx, input: ConferenceChange): Promise<StoredItem<Conference>> {
  const { store } = c.var;
  const address = keys.conference(input.year, input.unitId);
  for (let attempt = 1; ; attempt++) {
    const shards = await loadYearShards(store, input.year);
    const shard = shardOf(shards, input.unitId);
    if (!shard)
      throw reject.bad({
        vi: `đơn vị chưa có trong đợt hội nghị nào của năm học ${input.year.replace("-", "–")}`,
        en: `the unit is in no conference campaign of the ${input.year.replace("-", "–")} school year`,
      });
    const row = shard.data.rows[input.unitId]!;
    const campaign = await store.get<Campaign>(keys.campaign(input.year, shard.data.scopeUnitId));
    if (!campaign)
      throw reject.bad({
        vi: "không tìm thấy đợt hội nghị của đơn vị",
        en: "the unit's campaign was not found",
      });
    if (campaign.data.status === "closed" && !input.allowClosedCampaign)
      throw reject.conflict({
        vi: "đợt hội nghị của năm học này đã kết thúc, số liệu đã chốt",
        en: "this school year's campaign is closed and its figures are final",
      });
    const current = await store.get<Conference>(address);
    if (input.expectedVersion === undefined && current) throw duplicate(input.year);
    if (input.expectedVersion !== undefined) {
      if (!current) throw reject.missing();
      if (current.version !== input.expectedVersion) throw new VersionMismatchError();
    }
    const next = await input.change(current?.data, { campaign: campaign.data, row });
    const tree = currentDistricts(await c.var.units.all());
    // A closed campaign keeps the tree as it was; an open one follows the current tree.
    const districtId =
      campaign.data.status === "closed" ? row.districtId : (tree.districtOf(input.unitId) ?? row.districtId);
    const nextRow = rowFromConference(next, row, campaign.data, c.var.settings, districtId);
    const nextShard: SummaryShard = { ...shard.data, rows: { ...shard.data.rows, [input.unitId]: nextRow } };
    const shardAddress = keys.shard(input.year, shard.data.scopeUnitId, shard.data.shardId);
    try {
      await store.transact([
        current
          ? store.prepareUpdate(address, current, current.version, next)
          : store.prepareCreate(address, "conference", next),
        store.prepareUpdate(shardAddress, shard, shard.version, nextShard),
        c.var.audit.prepare({
          action: input.action,
          unitId: input.unitId,
          target: `conference:${input.year}/${input.unitId}`,
          ...(current ? { before: current.data } : {}),
          after: next,
        }),
      ]);
    } catch (error) {
      if (error instanceof ConflictError) throw duplicate(input.year);
      if (!(error instanceof VersionMismatchError) || attempt >= MAX_ATTEMPTS) throw error;
      const now = await store.get<Conference>(address);
      if (!current && now) throw duplicate(input.year);
      if (current && now?.version !== current.version) throw error;
      await sleep(5 + Math.random() * 20 * attempt);
      continue;
    }
    c.var.invalidateScoreboards();
    const stored = await store.get<Conference>(address);
    return stored!;
  }
}
