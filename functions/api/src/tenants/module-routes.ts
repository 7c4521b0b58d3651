import { UnauthorizedError } from "@congdoan/core";
import { TenantRegistry } from "@congdoan/db";
import { type AnyPlugin, errorResponse, guardedRoute } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AuditLog } from "../audit/audit-log";
import type { IdentityDeps } from "../identity/authenticate";
import { LocalizedTextSchema, TenantParamSchema } from "../routes/schemas";
import { switchModule } from "./module-switch";
import type { TenantCache } from "./tenant-cache";

const ModuleStateSchema = z
  .object({
    id: z.string(),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    enabled: z.boolean(),
    settings: z.record(z.string(), z.unknown()),
    settingsSchema: z.record(z.string(), z.unknown()),
  })
  .openapi("ModuleState");
const ModuleListSchema = z.object({ version: z.number().int(), items: z.array(ModuleStateSchema) });

const list = guardedRoute("modules.manage", {
  method: "get",
  path: "/api/t/{tenant}/modules",
  tags: ["Mô-đun"],
  summary: "Các mô-đun, trạng thái bật/tắt và cài đặt của liên đoàn",
  request: { params: TenantParamSchema },
  responses: {
    200: { description: "Mô-đun", content: { "application/json": { schema: ModuleListSchema } } },
  },
});

const update = guardedRoute("modules.manage", {
  method: "put",
  path: "/api/t/{tenant}/modules/{module}",
  tags: ["Mô-đun"],
  summary: "Bật/tắt một mô-đun và lưu cài đặt (tắt chỉ ẩn, không xoá dữ liệu)",
  request: {
    params: TenantParamSchema.extend({
      module: z.string().openapi({ param: { name: "module", in: "path" } }),
    }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            expectedVersion: z.number().int().min(1),
            enabled: z.boolean(),
            settings: z.record(z.string(), z.unknown()).optional(),
          }),
        },
      },
    },
  },
  responses: {
    200: { description: "Đã lưu", content: { "application/json": { schema: ModuleListSchema } } },
    400: errorResponse("Cài đặt không hợp lệ"),
    409: errorResponse("Liên đoàn vừa được người khác sửa"),
  },
});

export function moduleRoutes(
  deps: IdentityDeps & {
    plugins: readonly AnyPlugin[];
    tenants: TenantCache;
    onChange: (tenant: string) => void;
  },
) {
  const app = new OpenAPIHono();

  async function describe(tenantId: string) {
    const tenant = await new TenantRegistry(await deps.data.platform()).get(tenantId);
    return {
      version: tenant.version,
      items: deps.plugins.map((p) => {
        const state = tenant.data.modules[p.id];
        return {
          id: p.id,
          title: p.title,
          ...(p.description ? { description: p.description } : {}),
          enabled: state?.enabled ?? false,
          settings: (state?.settings ?? p.settings.parse({})) as Record<string, unknown>,
          settingsSchema: z.toJSONSchema(p.settings, { io: "input", unrepresentable: "any" }) as Record<
            string,
            unknown
          >,
        };
      }),
    };
  }

  const requireRoot = async (c: Context) => {
    const user = c.get("user");
    if (!user) throw new UnauthorizedError();
    // Module switches apply to the whole federation: only an admin at its root unit may flip them.
    await c.get("access").require("modules.manage", c.get("tenant").id);
    return user;
  };

  app.openapi(list, async (c) => {
    await requireRoot(c);
    return c.json(await describe(c.get("tenant").id), 200);
  });

  app.openapi(update, async (c) => {
    const user = await requireRoot(c);
    const tenantId = c.get("tenant").id;
    const { module } = c.req.valid("param");
    const { expectedVersion, enabled, settings } = c.req.valid("json");
    const before = c.get("tenant").modules[module];
    const updated = await switchModule(
      await deps.data.platform(),
      deps.plugins,
      tenantId,
      module,
      { enabled, ...(settings ? { settings } : {}) },
      expectedVersion,
    );
    deps.onChange(tenantId);
    await new AuditLog(new TenantRegistry(c.get("db")).store(tenantId)).record({
      actor: user.username,
      action: "module.switch",
      unitId: tenantId,
      target: `module:${module}`,
      before,
      after: updated.data.modules[module],
      requestId: c.get("requestId"),
    });
    return c.json(await describe(tenantId), 200);
  });

  return app;
}
