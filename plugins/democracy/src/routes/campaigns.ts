import { nextSchoolYear } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { blankRow, defaultTitle } from "../campaign-scope";
import {
  campaignShards,
  campaignView,
  checkDeadline,
  createCampaign,
  rewriteCampaignRows,
} from "../campaign-service";
import { districtOf, kindForUnit } from "../compliance";
import { type Ctx, json, ok, readErrors, reject, unitOrReject, writeErrors } from "../http";
import { type Campaign, type Conference, keys, type SummaryShard } from "../model";
import type { Settings } from "../settings";
import {
  CampaignParams,
  CampaignSchema,
  CampaignUnitParams,
  CloseCampaignSchema,
  CopyCampaignSchema,
  CreateCampaignSchema,
  RowSchema,
  UnitRequirementSchema,
  UpdateCampaignSchema,
} from "./campaign-schemas";

const tags = ["Quy chế dân chủ"];
const MANAGE = "democracy.manage";
const READ = "democracy.read";

/**
 * A change to one campaign or one of its units: managers only, a JSON body, the refusals of a write;
 * answers `status` (200 unless told) with `response`.
 */
const campaignChange = <
  M extends "patch" | "put" | "post",
  P extends z.ZodObject,
  B extends z.ZodType,
  R extends z.ZodType,
  C extends 200 | 201 = 200,
>(def: {
  method: M;
  path?: string;
  summary: string;
  params: P;
  body: B;
  response: R;
  status?: C;
}) =>
  guardedRoute(MANAGE, {
    method: def.method,
    path: `/campaigns/{year}/{scopeUnitId}${def.path ?? ""}`,
    tags,
    summary: def.summary,
    request: { params: def.params, body: json(def.body) },
    responses: {
      ...({ [def.status ?? 200]: ok(def.response) } as Record<C, ReturnType<typeof ok<R>>>),
      ...writeErrors,
    },
  });

const routes = {
  list: guardedRoute(READ, {
    method: "get",
    path: "/campaigns",
    tags,
    summary: "Các đợt hội nghị CBCCVC / NLĐ (lọc theo năm học)",
    request: { query: z.object({ year: z.string().optional() }) },
    responses: { 200: ok(z.object({ items: z.array(CampaignSchema) })), ...readErrors },
  }),
  create: guardedRoute(MANAGE, {
    method: "post",
    path: "/campaigns",
    tags,
    summary: "Mở đợt hội nghị cho một năm học (toàn liên đoàn hoặc một quận/huyện)",
    request: { body: json(CreateCampaignSchema) },
    responses: { 201: ok(CampaignSchema, "Đã mở đợt"), ...writeErrors },
  }),
  get: guardedRoute(READ, {
    method: "get",
    path: "/campaigns/{year}/{scopeUnitId}",
    tags,
    summary: "Một đợt và tình hình từng đơn vị (units=none: chỉ đợt; danh sách dài dùng …/units)",
    request: {
      params: CampaignParams,
      query: z.object({ units: z.enum(["all", "none"]).default("all") }),
    },
    responses: {
      200: ok(z.object({ campaign: CampaignSchema, units: z.array(RowSchema) })),
      ...readErrors,
    },
  }),
  update: campaignChange({
    method: "patch",
    summary: "Sửa tên, hạn và danh mục tài liệu của đợt",
    params: CampaignParams,
    body: UpdateCampaignSchema,
    response: CampaignSchema,
  }),
  setUnit: campaignChange({
    method: "put",
    path: "/units/{unitId}",
    summary: "Đặt loại hội nghị và việc bắt buộc tổ chức cho một đơn vị",
    params: CampaignUnitParams,
    body: UnitRequirementSchema,
    response: RowSchema,
  }),
  copy: campaignChange({
    method: "post",
    path: "/copy",
    summary: "Sao chép đợt sang năm học sau (danh mục, hạn, loại hội nghị đã chỉnh)",
    params: CampaignParams,
    body: CopyCampaignSchema,
    response: CampaignSchema,
    status: 201,
  }),
  close: campaignChange({
    method: "post",
    path: "/close",
    summary: "Kết thúc đợt: chốt số liệu theo cây tổ chức hiện tại",
    params: CampaignParams,
    body: CloseCampaignSchema,
    response: CampaignSchema,
  }),
};

const campaignClosed = () =>
  reject.conflict({
    vi: "đợt đã kết thúc, không sửa được",
    en: "the campaign is closed and can no longer change",
  });

export async function loadCampaign(c: Ctx, year: string, scope: string) {
  const item = await c.var.store.get<Campaign>(keys.campaign(year, scope));
  if (!item) throw reject.missing();
  return item;
}

/** The campaign a change is about, once the caller is known to manage its very scope. */
async function managedCampaign(c: Ctx, year: string, scope: string) {
  await c.var.access.require(MANAGE, scope);
  return loadCampaign(c, year, scope);
}

export function campaignRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.list, async (c) => {
    const { year } = c.req.valid("query");
    const items = await c.var.store.queryAll<Campaign>(keys.campaigns, year ? { skPrefix: [year] } : {});
    return c.json({ items: items.map((i) => campaignView(i)).reverse() }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    await c.var.access.require(MANAGE, body.scopeUnitId);
    const { campaign, required } = await createCampaign(c, body);
    return c.json(campaignView(campaign, required), 201);
  });

  app.openapi(routes.get, async (c) => {
    const { year, scopeUnitId } = c.req.valid("param");
    const { units } = c.req.valid("query");
    const campaign = await loadCampaign(c, year, scopeUnitId);
    const visible = await c.var.access.unitsWithin(READ);
    const rows = (await campaignShards(c, campaign.data))
      .flatMap((s) => Object.values(s.data.rows))
      .filter((r) => visible.has(r.unitId))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, "vi"));
    return c.json(
      { campaign: campaignView(campaign, rows.length), units: units === "none" ? [] : rows },
      200,
    );
  });

  app.openapi(routes.update, async (c) => {
    const { year, scopeUnitId } = c.req.valid("param");
    const body = c.req.valid("json");
    const current = await managedCampaign(c, year, scopeUnitId);
    if (current.version !== body.version) throw reject.stale();
    if (current.data.status === "closed") throw campaignClosed();
    if (body.deadline) checkDeadline(c, year, body.deadline);
    const next: Campaign = {
      ...current.data,
      ...(body.title ? { title: body.title } : {}),
      ...(body.deadline ? { deadline: body.deadline } : {}),
      ...(body.documents ? { documents: body.documents } : {}),
    };
    const { store } = c.var;
    const ops = [store.prepareUpdate(keys.campaign(year, scopeUnitId), current, current.version, next)];
    if (next.deadline !== current.data.deadline) {
      // "Held on time" depends on the deadline: recount every row of the campaign in the same write.
      ops.push(
        ...(await rewriteCampaignRows(c, current.data, (r) => ({
          ...r,
          onTime: r.status === "held" && (r.heldOn ?? "") <= next.deadline,
        }))),
      );
    }
    ops.push(
      c.var.audit.prepare({
        action: "democracy.campaign.update",
        unitId: scopeUnitId,
        target: `campaign:${year}/${scopeUnitId}`,
        before: current.data,
        after: next,
      }),
    );
    await store.transact(ops);
    c.var.invalidateScoreboards();
    return c.json(campaignView(await loadCampaign(c, year, scopeUnitId)), 200);
  });

  app.openapi(routes.setUnit, async (c) => {
    const { year, scopeUnitId, unitId } = c.req.valid("param");
    const body = c.req.valid("json");
    const campaign = await managedCampaign(c, year, scopeUnitId);
    if (campaign.data.status === "closed") throw campaignClosed();
    const unit = await unitOrReject(c, unitId);
    const { store, units } = c.var;
    if (unit.kind !== "cdcs" || !(await units.subtree(scopeUnitId)).includes(unitId))
      throw reject.bad({
        vi: `“${unit.name}” không phải CĐCS thuộc phạm vi của đợt`,
        en: `“${unit.name}” is not a grassroots union within the campaign's scope`,
      });
    const conference = await store.get<Conference>(keys.conference(year, unitId));
    if (conference && conference.data.kind !== body.kind)
      throw reject.conflict({
        vi: "đơn vị đã ghi hội nghị loại khác; không đổi loại được nữa",
        en: "the unit has recorded a conference of the other kind; its kind can no longer change",
      });
    const shards = await campaignShards(c, campaign.data);
    const all = await units.all();
    const district = districtOf(unitId, new Map(all.map((u) => [u.id, u])));
    const holder = shards.find((s) => s.data.rows[unitId]) ?? shards.find((s) => s.data.shardId === district);
    const base = holder?.data.rows[unitId] ?? blankRow(unit, district);
    const row = { ...base, kind: body.kind, required: body.required };
    const shard: SummaryShard = holder
      ? { ...holder.data, rows: { ...holder.data.rows, [unitId]: row } }
      : { year, scopeUnitId, shardId: district, rows: { [unitId]: row } };
    const address = keys.shard(year, scopeUnitId, shard.shardId);
    await store.transact([
      holder
        ? store.prepareUpdate(address, holder, holder.version, shard)
        : store.prepareCreate(address, "summary", shard),
      c.var.audit.prepare({
        action: "democracy.campaign.unit",
        unitId,
        target: `campaign:${year}/${scopeUnitId}`,
        before: holder?.data.rows[unitId] ?? null,
        after: row,
      }),
    ]);
    c.var.invalidateScoreboards();
    return c.json(row, 200);
  });

  app.openapi(routes.copy, async (c) => {
    const { year, scopeUnitId } = c.req.valid("param");
    const body = c.req.valid("json");
    const source = await managedCampaign(c, year, scopeUnitId);
    const toYear = body.toYear ?? nextSchoolYear(year);
    if (toYear <= year)
      throw reject.bad({
        vi: "chỉ sao chép sang năm học sau",
        en: "a campaign is copied to a later school year only",
      });
    const shift = Number(toYear.slice(0, 4)) - Number(year.slice(0, 4));
    const deadline = `${Number(source.data.deadline.slice(0, 4)) + shift}${source.data.deadline.slice(4)}`;
    const unitsById = new Map((await c.var.units.all()).map((u) => [u.id, u]));
    const overrides = (await campaignShards(c, source.data))
      .flatMap((s) => Object.values(s.data.rows))
      .filter((r) => {
        const unit = unitsById.get(r.unitId);
        return unit?.status === "active" && (!r.required || r.kind !== kindForUnit(unit));
      })
      .map((r) => ({ unitId: r.unitId, kind: r.kind, required: r.required }));
    const title = source.data.title.includes(year.replace("-", "–"))
      ? source.data.title.replace(year.replace("-", "–"), toYear.replace("-", "–"))
      : defaultTitle(toYear);
    const { campaign, required } = await createCampaign(
      c,
      {
        year: toYear,
        scopeUnitId,
        title,
        deadline: deadline.endsWith("02-29") ? deadline.replace("02-29", "02-28") : deadline,
        documents: source.data.documents,
        units: overrides,
      },
      "democracy.campaign.copy",
    );
    return c.json(campaignView(campaign, required), 201);
  });

  app.openapi(routes.close, async (c) => {
    const { year, scopeUnitId } = c.req.valid("param");
    const body = c.req.valid("json");
    const current = await managedCampaign(c, year, scopeUnitId);
    if (current.version !== body.version) throw reject.stale();
    if (current.data.status === "closed")
      throw reject.conflict({ vi: "đợt đã kết thúc rồi", en: "the campaign is already closed" });
    const { store } = c.var;
    const byId = new Map((await c.var.units.all()).map((u) => [u.id, u]));
    const next: Campaign = { ...current.data, status: "closed", closedAt: new Date().toISOString() };
    const ops = [store.prepareUpdate(keys.campaign(year, scopeUnitId), current, current.version, next)];
    // Freeze the tree as it is now: later moves no longer change this year's figures.
    ops.push(
      ...(await rewriteCampaignRows(c, current.data, (r, id) => ({
        ...r,
        districtId: byId.has(id) ? districtOf(id, byId) : r.districtId,
      }))),
    );
    ops.push(
      c.var.audit.prepare({
        action: "democracy.campaign.close",
        unitId: scopeUnitId,
        target: `campaign:${year}/${scopeUnitId}`,
        before: current.data,
        after: next,
      }),
    );
    if (ops.length > 100)
      throw reject.bad({
        vi: "đợt có quá nhiều quận/huyện để chốt trong một lần",
        en: "the campaign has too many districts to close in one step",
      });
    await store.transact(ops);
    c.var.invalidateScoreboards();
    return c.json(campaignView(await loadCampaign(c, year, scopeUnitId)), 200);
  });
}
