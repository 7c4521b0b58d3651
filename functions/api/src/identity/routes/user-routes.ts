import { AppError, ForbiddenError, type Grant, UnauthorizedError } from "@congdoan/core";
import { namespaces, TenantStore } from "@congdoan/db";
import { errorResponse, guardedRoute, jsonBody } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AuditLog } from "../../audit/audit-log";
import { TenantParamSchema } from "../../routes/schemas";
import type { IdentityDeps } from "../authenticate";
import { generatePassword, hashPassword } from "../passwords";
import { publicUser, type UserRecord, UserRepository } from "../users";
import { GrantSchema, UsernameParamSchema, UserSchema, usernameSchema } from "./schemas";

const MANAGE = "users.manage";
const withPassword = z.object({ user: UserSchema, initialPassword: z.string() }).openapi("UserWithPassword");

const listUsers = guardedRoute(MANAGE, {
  method: "get",
  path: "/api/t/{tenant}/users",
  tags: ["Tài khoản"],
  summary: "Các tài khoản có vai trò trong phạm vi bạn quản lý",
  request: {
    params: TenantParamSchema,
    query: z.object({
      cursor: z.string().optional(),
      limit: z.coerce.number().int().min(1).max(100).optional(),
    }),
  },
  responses: {
    200: {
      description: "Danh sách tài khoản",
      content: {
        "application/json": {
          schema: z.object({ items: z.array(UserSchema), cursor: z.string().optional() }),
        },
      },
    },
    401: errorResponse("Chưa đăng nhập"),
    403: errorResponse("Không có quyền"),
  },
});

const createUser = guardedRoute(MANAGE, {
  method: "post",
  path: "/api/t/{tenant}/users",
  tags: ["Tài khoản"],
  summary: "Tạo tài khoản với vai trò tại các đơn vị; trả về mật khẩu ban đầu (chỉ một lần)",
  request: {
    params: TenantParamSchema,
    body: jsonBody(
      z.object({
        username: usernameSchema,
        displayName: z.string().trim().min(2).max(120),
        email: z.email().optional(),
        grants: z.array(GrantSchema).min(1).max(20),
      }),
    ),
  },
  responses: {
    201: { description: "Đã tạo", content: { "application/json": { schema: withPassword } } },
    400: errorResponse("Dữ liệu không hợp lệ"),
    403: errorResponse("Không có quyền"),
    409: errorResponse("Tên đăng nhập đã có"),
  },
});

const updateUser = guardedRoute(MANAGE, {
  method: "patch",
  path: "/api/t/{tenant}/users/{username}",
  tags: ["Tài khoản"],
  summary: "Sửa tên, vai trò, hoặc khoá/mở tài khoản (kèm phiên bản để tránh ghi đè)",
  request: {
    params: UsernameParamSchema,
    body: jsonBody(
      z.object({
        expectedVersion: z.number().int().min(1),
        displayName: z.string().trim().min(2).max(120).optional(),
        email: z.email().optional(),
        grants: z.array(GrantSchema).min(1).max(20).optional(),
        status: z.enum(["active", "disabled"]).optional(),
      }),
    ),
  },
  responses: {
    200: { description: "Đã lưu", content: { "application/json": { schema: UserSchema } } },
    403: errorResponse("Không có quyền"),
    404: errorResponse("Không có tài khoản"),
    409: errorResponse("Tài khoản vừa bị người khác sửa"),
  },
});

const resetPassword = guardedRoute(MANAGE, {
  method: "post",
  path: "/api/t/{tenant}/users/{username}/reset-password",
  tags: ["Tài khoản"],
  summary: "Đặt lại mật khẩu (mở khoá, đăng xuất mọi phiên); trả về mật khẩu mới một lần",
  request: { params: UsernameParamSchema },
  responses: {
    200: { description: "Mật khẩu mới", content: { "application/json": { schema: withPassword } } },
    403: errorResponse("Không có quyền"),
    404: errorResponse("Không có tài khoản"),
  },
});

export function userRoutes(deps: IdentityDeps) {
  const app = new OpenAPIHono();

  /** An admin may only hand out, see or change roles inside the subtrees they manage. */
  async function checkGrants(c: Context, grants: readonly Grant[]) {
    const tree = await deps.trees.get(c.get("tenant").id, c.get("db"));
    const access = c.get("access");
    for (const grant of grants) {
      if (
        grant.role === "platform-admin" ||
        !tree.has(grant.unitId) ||
        !(await access.can(MANAGE, grant.unitId))
      ) {
        throw new AppError("forbidden", "error.grantOutsideScope", { unit: grant.unitId });
      }
    }
  }

  async function inScope(c: Context, user: UserRecord) {
    for (const g of user.grants) if (await c.get("access").can(MANAGE, g.unitId)) return true;
    return false;
  }

  const context = (c: Context) => {
    const actor = c.get("user");
    if (!actor) throw new UnauthorizedError();
    const store = new TenantStore(c.get("db"), c.get("tenant").id, namespaces.core);
    return { actor, store, users: new UserRepository(store), audit: new AuditLog(store) };
  };

  app.openapi(listUsers, async (c) => {
    const { users } = context(c);
    const { cursor, limit } = c.req.valid("query");
    const page = await users.list({ limit: limit ?? 50, ...(cursor ? { cursor } : {}) });
    const visible = [];
    for (const item of page.items)
      if (await inScope(c, item.data)) visible.push({ ...publicUser(item.data), version: item.version });
    return c.json({ items: visible, ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });

  app.openapi(createUser, async (c) => {
    const { actor, store, users, audit } = context(c);
    const body = c.req.valid("json");
    await checkGrants(c, body.grants);
    const initialPassword = generatePassword();
    const user: UserRecord = {
      username: body.username,
      displayName: body.displayName,
      ...(body.email ? { email: body.email } : {}),
      passwordHash: await hashPassword(initialPassword),
      status: "active",
      grants: body.grants,
      tokenVersion: 0,
      failedLogins: 0,
      mustChangePassword: true,
    };
    await store.transact([
      users.prepareCreate(user),
      audit.prepare({
        actor: actor.username,
        action: "user.create",
        unitId: body.grants[0]!.unitId,
        target: `user:${user.username}`,
        after: publicUser(user),
        requestId: c.get("requestId"),
      }),
    ]);
    return c.json({ user: { ...publicUser(user), version: 1 }, initialPassword }, 201);
  });

  app.openapi(updateUser, async (c) => {
    const { actor, store, users, audit } = context(c);
    const { username } = c.req.valid("param");
    const body = c.req.valid("json");
    const current = await users.get(username);
    if (!(await inScope(c, current.data))) throw new ForbiddenError();
    if (body.grants) await checkGrants(c, body.grants);
    if (username === actor.username && (body.status === "disabled" || body.grants)) {
      // Locking oneself out of administration is an easy, costly mistake.
      throw new ForbiddenError();
    }
    const disabling = body.status === "disabled" && current.data.status !== "disabled";
    const next: UserRecord = {
      ...current.data,
      ...(body.displayName ? { displayName: body.displayName } : {}),
      ...(body.email ? { email: body.email } : {}),
      ...(body.grants ? { grants: body.grants } : {}),
      ...(body.status ? { status: body.status } : {}),
      tokenVersion: current.data.tokenVersion + (disabling || body.grants ? 1 : 0),
    };
    await store.transact([
      store.prepareUpdate({ pk: ["USERS"], sk: ["U", username] }, current, body.expectedVersion, next),
      audit.prepare({
        actor: actor.username,
        action: disabling ? "user.disable" : "user.update",
        unitId: next.grants[0]?.unitId,
        target: `user:${username}`,
        before: publicUser(current.data),
        after: publicUser(next),
        requestId: c.get("requestId"),
      }),
    ]);
    return c.json({ ...publicUser(next), version: body.expectedVersion + 1 }, 200);
  });

  app.openapi(resetPassword, async (c) => {
    const { actor, store, users, audit } = context(c);
    const { username } = c.req.valid("param");
    const current = await users.get(username);
    if (!(await inScope(c, current.data))) throw new ForbiddenError();
    const initialPassword = generatePassword();
    const next: UserRecord = {
      ...current.data,
      passwordHash: await hashPassword(initialPassword),
      tokenVersion: current.data.tokenVersion + 1,
      failedLogins: 0,
      mustChangePassword: true,
    };
    delete next.lockedUntil;
    await store.transact([
      users.prepareUpdate(current, next),
      audit.prepare({
        actor: actor.username,
        action: "user.reset-password",
        unitId: next.grants[0]?.unitId,
        target: `user:${username}`,
        requestId: c.get("requestId"),
      }),
    ]);
    return c.json({ user: { ...publicUser(next), version: current.version + 1 }, initialPassword }, 200);
  });

  return app;
}
