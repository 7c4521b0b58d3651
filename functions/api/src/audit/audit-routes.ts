import { UnauthorizedError } from "@congdoan/core";
import { namespaces, TenantStore } from "@congdoan/db";
import { guardedRoute } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { IdentityDeps } from "../identity/authenticate";
import { ErrorSchema, TenantParamSchema } from "../routes/schemas";
import { AuditLog } from "./audit-log";

const AuditEntrySchema = z
  .object({
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    unitId: z.string().optional(),
    target: z.string(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
    requestId: z.string().optional(),
  })
  .openapi("AuditEntry");

const list = guardedRoute("audit.read", {
  method: "get",
  path: "/api/t/{tenant}/audit",
  tags: ["Nhật ký"],
  summary: "Nhật ký thay đổi, mới nhất trước; lọc theo đơn vị",
  request: {
    params: TenantParamSchema,
    query: z.object({
      unitId: z.string().max(64).optional(),
      cursor: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
    }),
  },
  responses: {
    200: {
      description: "Các mục nhật ký",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(AuditEntrySchema), cursor: z.string().optional() }),
        },
      },
    },
    403: { description: "Không có quyền", content: { "application/json": { schema: ErrorSchema } } },
  },
});

export function auditRoutes(_deps: IdentityDeps) {
  const app = new OpenAPIHono();
  app.openapi(list, async (c) => {
    const user = c.get("user");
    if (!user) throw new UnauthorizedError();
    const { unitId, cursor, limit } = c.req.valid("query");
    const access = c.get("access");
    // Without a unit filter the whole log is shown, so that needs the permission at the root of every scope.
    if (unitId) await access.require("audit.read", unitId);
    const log = new AuditLog(new TenantStore(c.get("db"), c.get("tenant").id, namespaces.core));
    const page = await log.list({
      ...(unitId ? { unitId } : {}),
      ...(cursor ? { cursor } : {}),
      limit: limit ?? 50,
    });
    const visible = [];
    for (const item of page.items) {
      if (!item.data.unitId || (await access.can("audit.read", item.data.unitId))) visible.push(item.data);
    }
    return c.json({ items: visible, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });
  return app;
}
