import { todayIso } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { campaignShards } from "../campaign-service";
import { pageOfUnits, unitFilters } from "../campaign-units";
import { ok, readErrors, UnitId } from "../http";
import type { Settings } from "../settings";
import { CampaignParams, RowSchema } from "./campaign-schemas";
import { loadCampaign } from "./campaigns";

const READ = "democracy.read";

const UnitsQuery = z.object({
  q: z.string().trim().max(100, "Tìm tối đa 100 ký tự").optional(),
  status: z.enum(unitFilters).default("all"),
  district: UnitId.optional(),
  cursor: z
    .string()
    .regex(/^\d{1,6}$/, "Con trỏ trang không hợp lệ")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const route = guardedRoute(READ, {
  method: "get",
  path: "/campaigns/{year}/{scopeUnitId}/units",
  tags: ["Quy chế dân chủ"],
  summary:
    "Đơn vị của một đợt: tìm theo tên, lọc theo trạng thái (chưa tổ chức / đã tổ chức / muộn / chưa đủ số), theo trang",
  request: { params: CampaignParams, query: UnitsQuery },
  responses: {
    200: ok(
      z.object({
        items: z.array(RowSchema),
        total: z.number(),
        counts: z.record(z.string(), z.number()),
        cursor: z.string().optional(),
      }),
    ),
    ...readErrors,
  },
});

/** A campaign's units a page at a time (a federation has thousands of schools). */
export function campaignUnitRoutes(app: PluginApp<Settings>) {
  app.openapi(route, async (c) => {
    const { year, scopeUnitId } = c.req.valid("param");
    const query = c.req.valid("query");
    const campaign = await loadCampaign(c, year, scopeUnitId);
    const visible = await c.var.access.unitsWithin(READ);
    const rows = (await campaignShards(c, campaign.data))
      .flatMap((s) => Object.values(s.data.rows))
      .filter((r) => visible.has(r.unitId) && (!query.district || r.districtId === query.district));
    const page = pageOfUnits(rows, {
      ...(query.q ? { q: query.q } : {}),
      filter: query.status,
      deadline: campaign.data.deadline,
      today: todayIso(),
      offset: query.cursor ? Number(query.cursor) : 0,
      limit: query.limit ?? c.var.settings.pageSize,
    });
    return c.json(page, 200);
  });
}
