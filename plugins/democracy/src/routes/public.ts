import { guardedRoute, type PluginApp, PUBLIC, z } from "@congdoan/plugin-sdk";
import { ok, readErrors, SchoolYear } from "../http";
import { publicSummary } from "../public-boards";
import type { Settings } from "../settings";

const summary = guardedRoute(PUBLIC, {
  method: "get",
  path: "/summary",
  tags: ["Quy chế dân chủ"],
  summary:
    "Công khai: tỷ lệ tổ chức hội nghị theo quận/huyện và loại, xu hướng qua các năm (chỉ số liệu tổng hợp)",
  request: { query: z.object({ year: SchoolYear.optional() }) },
  responses: { 200: ok(z.unknown()), 400: readErrors[400] },
});

export function publicRoutes(app: PluginApp<Settings>) {
  app.openapi(summary, async (c) => {
    const { year } = c.req.valid("query");
    const data = await publicSummary(
      c.var.store,
      await c.var.units.all(),
      year ?? (c.var.settings.publicSchoolYear || undefined),
    );
    c.header("Cache-Control", "public, max-age=60");
    return c.json(data, 200);
  });
}
