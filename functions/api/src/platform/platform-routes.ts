import { AppError, slugSchema, type Tenant, todayIso, UnauthorizedError } from "@congdoan/core";
import { exportTenant, importTenant, TenantRegistry, UnitRepository } from "@congdoan/db";
import { type AnyPlugin, errorResponse, guardedRoute, jsonBody } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { stream } from "hono/streaming";
import { AuditLog } from "../audit/audit-log";
import type { IdentityDeps } from "../identity/authenticate";
import { generatePassword } from "../identity/passwords";
import { provisionAccount } from "../identity/provision";
import { usernameSchema } from "../identity/routes/schemas";
import { switchModule } from "../tenants/module-switch";
import { PLATFORM_TENANT_ID } from "./platform-tenant";

const MANAGE = "platform.manage";
const TenantRecordSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    status: z.enum(["active", "suspended"]),
    modules: z.record(
      z.string(),
      z.object({ enabled: z.boolean(), settings: z.record(z.string(), z.unknown()) }),
    ),
    version: z.number().int(),
  })
  .openapi("TenantRecord");
const TenantIdParam = z.object({ tenantId: z.string().openapi({ param: { name: "tenantId", in: "path" } }) });
const newTenantId = slugSchema.refine(
  (id) => id !== PLATFORM_TENANT_ID,
  "Mã “platform” dành cho quản trị hệ thống.",
);

const routes = {
  list: guardedRoute(MANAGE, {
    method: "get",
    path: "/api/platform/tenants",
    tags: ["Quản trị hệ thống"],
    summary: "Các liên đoàn trên hệ thống",
    responses: {
      200: {
        description: "Liên đoàn",
        content: { "application/json": { schema: z.object({ items: z.array(TenantRecordSchema) }) } },
      },
      401: errorResponse("Chưa đăng nhập"),
    },
  }),
  create: guardedRoute(MANAGE, {
    method: "post",
    path: "/api/platform/tenants",
    tags: ["Quản trị hệ thống"],
    summary: "Tạo liên đoàn mới cùng đơn vị gốc và quản trị viên đầu tiên",
    request: {
      body: jsonBody(
        z.object({
          id: newTenantId,
          name: z.string().trim().min(3).max(200),
          shortName: z.string().trim().min(2).max(80),
          firstAdmin: z.object({ username: usernameSchema, displayName: z.string().trim().min(2).max(120) }),
        }),
      ),
    },
    responses: {
      201: {
        description: "Đã tạo",
        content: {
          "application/json": {
            schema: z.object({
              tenant: TenantRecordSchema,
              adminUsername: z.string(),
              initialPassword: z.string(),
            }),
          },
        },
      },
      409: errorResponse("Mã đã có"),
    },
  }),
  update: guardedRoute(MANAGE, {
    method: "patch",
    path: "/api/platform/tenants/{tenantId}",
    tags: ["Quản trị hệ thống"],
    summary: "Đổi tên, tạm ngừng hoặc mở lại một liên đoàn",
    request: {
      params: TenantIdParam,
      body: jsonBody(
        z.object({
          expectedVersion: z.number().int().min(1),
          name: z.string().trim().min(3).max(200).optional(),
          shortName: z.string().trim().min(2).max(80).optional(),
          status: z.enum(["active", "suspended"]).optional(),
        }),
      ),
    },
    responses: {
      200: { description: "Đã lưu", content: { "application/json": { schema: TenantRecordSchema } } },
      404: errorResponse("Không có"),
      409: errorResponse("Vừa bị sửa"),
    },
  }),
  switchModule: guardedRoute(MANAGE, {
    method: "put",
    path: "/api/platform/tenants/{tenantId}/modules/{module}",
    tags: ["Quản trị hệ thống"],
    summary: "Bật/tắt mô-đun cho một liên đoàn (tắt không xoá dữ liệu)",
    request: {
      params: TenantIdParam.extend({ module: z.string().openapi({ param: { name: "module", in: "path" } }) }),
      body: jsonBody(
        z.object({ enabled: z.boolean(), settings: z.record(z.string(), z.unknown()).optional() }),
      ),
    },
    responses: {
      200: { description: "Đã lưu", content: { "application/json": { schema: TenantRecordSchema } } },
      400: errorResponse("Cài đặt sai"),
    },
  }),
  export: guardedRoute(MANAGE, {
    method: "get",
    path: "/api/platform/tenants/{tenantId}/export",
    tags: ["Quản trị hệ thống"],
    summary: "Toàn bộ dữ liệu một liên đoàn, mỗi dòng một bản ghi JSON (JSON Lines)",
    request: { params: TenantIdParam },
    responses: { 200: { description: "Tệp JSON Lines" }, 404: errorResponse("Không có") },
  }),
  import: guardedRoute(MANAGE, {
    method: "post",
    path: "/api/platform/tenants/{tenantId}/import",
    tags: ["Quản trị hệ thống"],
    summary: "Nạp tệp xuất (JSON Lines) vào một liên đoàn chưa có dữ liệu",
    request: { params: TenantIdParam, body: jsonBody(z.object({ contentBase64: z.string().min(1) })) },
    responses: {
      200: {
        description: "Đã nạp",
        content: { "application/json": { schema: z.object({ items: z.number().int() }) } },
      },
      409: errorResponse("Đã có dữ liệu"),
    },
  }),
};

export function platformRoutes(
  deps: IdentityDeps & { plugins: readonly AnyPlugin[]; onChange: (tenant: string) => void },
) {
  const app = new OpenAPIHono();
  const registryOf = (c: Context) => new TenantRegistry(c.get("db"));
  const view = (t: { data: Tenant; version: number }) => ({ ...t.data, version: t.version });
  const actor = (c: Context) => {
    const user = c.get("user");
    if (!user) throw new UnauthorizedError();
    return user.username;
  };
  const audit = async (
    tenantId: string,
    entry: { actor: string; action: string; before?: unknown; after?: unknown; requestId: string },
  ) =>
    new AuditLog(new TenantRegistry(await deps.data.forTenant(tenantId)).store(tenantId)).record({
      ...entry,
      target: `tenant:${tenantId}`,
      unitId: tenantId,
    });

  app.openapi(routes.list, async (c) => {
    const registry = registryOf(c);
    const summaries = await registry.list();
    const items = await Promise.all(summaries.map((s) => registry.get(s.id)));
    return c.json({ items: items.map(view) }, 200);
  });

  app.openapi(routes.create, async (c) => {
    const body = c.req.valid("json");
    const tenant = await registryOf(c).create({
      id: body.id,
      name: body.name,
      shortName: body.shortName,
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: {},
    });
    const tenantDb = await deps.data.forTenant(body.id);
    await new UnitRepository(new TenantRegistry(tenantDb).store(body.id)).create({
      id: body.id,
      name: body.name,
      kind: "ldld",
      parentId: null,
      memberCount: 0,
      status: "active",
    });
    const initialPassword = generatePassword();
    await provisionAccount(tenantDb, body.id, {
      ...body.firstAdmin,
      password: initialPassword,
      grants: [{ role: "federation-admin", unitId: body.id }],
    });
    await audit(body.id, {
      actor: actor(c),
      action: "tenant.create",
      after: tenant.data,
      requestId: c.get("requestId"),
    });
    return c.json({ tenant: view(tenant), adminUsername: body.firstAdmin.username, initialPassword }, 201);
  });

  app.openapi(routes.update, async (c) => {
    const { tenantId } = c.req.valid("param");
    const { expectedVersion, ...changes } = c.req.valid("json");
    const registry = registryOf(c);
    const current = await registry.get(tenantId);
    const next: Tenant = { ...current.data };
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) Object.assign(next, { [k]: v });
    const updated = await registry.update(tenantId, expectedVersion, next);
    deps.onChange(tenantId);
    await audit(tenantId, {
      actor: actor(c),
      action: "tenant.update",
      before: current.data,
      after: next,
      requestId: c.get("requestId"),
    });
    return c.json(view(updated), 200);
  });

  app.openapi(routes.switchModule, async (c) => {
    const { tenantId, module } = c.req.valid("param");
    const body = c.req.valid("json");
    const updated = await switchModule(c.get("db"), deps.plugins, tenantId, module, body);
    deps.onChange(tenantId);
    await audit(tenantId, {
      actor: actor(c),
      action: "module.switch",
      after: updated.data.modules[module],
      requestId: c.get("requestId"),
    });
    return c.json(view(updated), 200);
  });

  app.openapi(routes.export, async (c) => {
    const { tenantId } = c.req.valid("param");
    await registryOf(c).get(tenantId);
    c.header("Content-Type", "application/x-ndjson; charset=utf-8");
    c.header("Content-Disposition", `attachment; filename="${tenantId}-${todayIso()}.jsonl"`);
    return stream(c, async (out) => {
      // Reads across the table: in the cloud this needs the operator's credentials (see DEPLOY.md).
      for await (const line of exportTenant(c.get("db"), tenantId)) await out.write(`${line}\n`);
    }) as never;
  });

  app.openapi(routes.import, async (c) => {
    const { tenantId } = c.req.valid("param");
    if (!newTenantId.safeParse(tenantId).success)
      throw new AppError("bad_request", "error.badRequest", { detail: tenantId });
    const text = Buffer.from(c.req.valid("json").contentBase64, "base64").toString("utf8");
    const items = await importTenant(c.get("db"), tenantId, text.split("\n"));
    deps.onChange(tenantId);
    return c.json({ items }, 200);
  });

  return app;
}
