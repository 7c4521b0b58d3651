import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import type { Db } from "@congdoan/db";
import { guardedRoute, PUBLIC } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";

const HealthSchema = z
  .object({ status: z.enum(["ok", "degraded"]), database: z.enum(["ok", "unreachable"]), time: z.string() })
  .openapi("Health");

const route = guardedRoute(PUBLIC, {
  method: "get",
  path: "/api/health",
  tags: ["Hệ thống"],
  summary: "Tình trạng dịch vụ và bảng dữ liệu",
  responses: {
    200: {
      description: "Dịch vụ và cơ sở dữ liệu hoạt động",
      content: { "application/json": { schema: HealthSchema } },
    },
    503: {
      description: "Không truy cập được cơ sở dữ liệu",
      content: { "application/json": { schema: HealthSchema } },
    },
  },
});

export function healthRoutes(db: Db) {
  const app = new OpenAPIHono();
  app.openapi(route, async (c) => {
    const time = new Date().toISOString();
    try {
      await db.raw.send(new DescribeTableCommand({ TableName: db.tableName }));
      return c.json({ status: "ok" as const, database: "ok" as const, time }, 200);
    } catch (error) {
      c.get("log")?.error("health check failed", { error: String(error) });
      return c.json({ status: "degraded" as const, database: "unreachable" as const, time }, 503);
    }
  });
  return app;
}
