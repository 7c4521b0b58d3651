import { NotFoundError } from "@congdoan/core";
import type { TenantRegistry } from "@congdoan/db";
import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { guardedRoute, PUBLIC, pluginServer } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { UnitTreeCache } from "../identity/unit-tree";
import { moduleGate } from "../middleware/module-gate";
import { pluginContext } from "../plugin-host/plugin-context";
import type { ScoreboardCache } from "../plugin-host/scoreboard-cache";
import {
  ErrorSchema,
  errorResponses,
  LocalizedTextSchema,
  ModuleSummarySchema,
  PublicTenantSchema,
  TenantParamSchema,
} from "./schemas";

const ScoreboardSummarySchema = z
  .object({
    module: z.string(),
    id: z.string(),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    path: z.string(),
  })
  .openapi("ScoreboardSummary");

const listTenants = guardedRoute(PUBLIC, {
  method: "get",
  path: "/api/public",
  tags: ["Công khai"],
  summary: "Danh sách liên đoàn lao động có bảng công khai",
  responses: {
    200: {
      description: "Các liên đoàn đang hoạt động",
      content: { "application/json": { schema: z.object({ tenants: z.array(PublicTenantSchema) }) } },
    },
  },
});

const portal = guardedRoute(PUBLIC, {
  method: "get",
  path: "/api/public/{tenant}",
  tags: ["Công khai"],
  summary: "Trang công khai của một liên đoàn: các mô-đun và bảng số liệu",
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: "Thông tin công khai",
      content: {
        "application/json": {
          schema: z.object({
            tenant: PublicTenantSchema,
            modules: z.array(ModuleSummarySchema),
            scoreboards: z.array(ScoreboardSummarySchema),
          }),
        },
      },
    },
    404: errorResponses[404],
  },
});

const scoreboard = guardedRoute(PUBLIC, {
  method: "get",
  path: "/api/public/{tenant}/m/{module}/scoreboards/{scoreboard}",
  tags: ["Công khai"],
  summary: "Một bảng số liệu công khai (chỉ số liệu tổng hợp)",
  request: {
    params: TenantParamSchema.extend({
      module: z.string().openapi({ param: { name: "module", in: "path" } }),
      scoreboard: z.string().openapi({ param: { name: "scoreboard", in: "path" } }),
    }),
  },
  responses: {
    200: { description: "Số liệu tổng hợp", content: { "application/json": { schema: z.unknown() } } },
    304: { description: "Không đổi kể từ ETag đã có" },
    404: { description: "Không có bảng này", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const PUBLIC_CACHE = "public, max-age=60, stale-while-revalidate=300";

export function publicRoutes(deps: {
  registry: () => Promise<TenantRegistry>;
  plugins: readonly AnyPlugin[];
  boards: ScoreboardCache;
  trees: UnitTreeCache;
}) {
  const app = new OpenAPIHono();
  const enabledPlugins = (modules: Record<string, { enabled: boolean }>) =>
    deps.plugins.filter((p) => modules[p.id]?.enabled);

  app.openapi(listTenants, async (c) => {
    const tenants = (await (await deps.registry()).list()).filter(
      (t) => (t as { status?: string }).status !== "suspended",
    );
    c.header("Cache-Control", PUBLIC_CACHE);
    return c.json({ tenants: tenants.map(({ id, name, shortName }) => ({ id, name, shortName })) }, 200);
  });

  app.openapi(portal, async (c) => {
    const tenant = c.get("tenant");
    const plugins = enabledPlugins(tenant.modules);
    c.header("Cache-Control", PUBLIC_CACHE);
    return c.json(
      {
        tenant: { id: tenant.id, name: tenant.name, shortName: tenant.shortName },
        modules: plugins.map((p) => ({ id: p.id, title: p.title })),
        scoreboards: plugins.flatMap((p) =>
          (p.scoreboards ?? []).map((b) => ({
            module: p.id,
            id: b.id,
            title: b.title,
            ...(b.description ? { description: b.description } : {}),
            path: `/api/public/${tenant.id}/m/${p.id}/scoreboards/${b.id}`,
          })),
        ),
      },
      200,
    );
  });

  for (const plugin of deps.plugins) {
    if (!plugin.scoreboards?.length) continue;
    app.use(`/api/public/:tenant/m/${plugin.id}/scoreboards/*`, moduleGate(plugin.id, plugin.title));
  }

  app.openapi(scoreboard, async (c) => {
    const { module, scoreboard: boardId } = c.req.valid("param");
    const tenant = c.get("tenant");
    const plugin = enabledPlugins(tenant.modules).find((p) => p.id === module);
    const board = plugin?.scoreboards?.find((b) => b.id === boardId);
    if (!plugin || !board) throw new NotFoundError("entity.item");
    const cached = await deps.boards.get(`${tenant.id}/${plugin.id}/${board.id}`, async () => {
      const load = (await pluginServer(plugin)).scoreboards?.[board.id];
      if (!load) throw new NotFoundError("entity.item");
      return load(pluginContext(c.get("db"), plugin, tenant, deps.trees));
    });
    c.header("ETag", cached.etag);
    c.header("Cache-Control", PUBLIC_CACHE);
    if (c.req.header("if-none-match") === cached.etag) return c.body(null, 304);
    return c.body(cached.body, 200, { "Content-Type": "application/json; charset=utf-8" });
  });

  return app;
}
