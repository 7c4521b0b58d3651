import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { guardedRoute } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { errorResponses, ModuleSummarySchema, PublicTenantSchema, TenantParamSchema } from "./schemas";

const shell = guardedRoute("tenant.read", {
  method: "get",
  path: "/api/t/{tenant}",
  tags: ["Liên đoàn"],
  summary: "Thông tin để dựng giao diện của một liên đoàn: tên và các mô-đun đang bật",
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: "Liên đoàn và các mô-đun đang bật",
      content: {
        "application/json": {
          schema: z.object({ tenant: PublicTenantSchema, modules: z.array(ModuleSummarySchema) }),
        },
      },
    },
    404: errorResponses[404],
  },
});

export function tenantShellRoutes(plugins: readonly AnyPlugin[]) {
  const app = new OpenAPIHono();
  app.openapi(shell, (c) => {
    const tenant = c.get("tenant");
    return c.json(
      {
        tenant: { id: tenant.id, name: tenant.name, shortName: tenant.shortName },
        modules: plugins
          .filter((p) => tenant.modules[p.id]?.enabled)
          .map((p) => ({ id: p.id, title: p.title })),
      },
      200,
    );
  });
  return app;
}
