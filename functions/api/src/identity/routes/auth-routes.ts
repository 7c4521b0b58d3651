import { AppError, UnauthorizedError, VersionMismatchError } from "@congdoan/core";
import { namespaces, TenantStore } from "@congdoan/db";
import { AUTHENTICATED, guardedRoute, jsonBody, PUBLIC } from "@congdoan/plugin-sdk";
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AuditLog } from "../../audit/audit-log";
import { ErrorSchema, TenantParamSchema } from "../../routes/schemas";
import type { IdentityDeps } from "../authenticate";
import { clientAddress } from "../client-address";
import { giveBackAttemptSlot, LOCK_AFTER_FAILURES, LOCK_MINUTES, takeAttemptSlot } from "../login-throttle";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../passwords";
import { SessionRepository } from "../sessions";
import { ACCESS_TOKEN_SECONDS, REFRESH_COOKIE, REFRESH_TOKEN_SECONDS, signAccessToken } from "../tokens";
import { publicUser, type UserRecord, UserRepository } from "../users";
import { newPasswordSchema, UserSchema } from "./schemas";

const SessionSchema = z
  .object({
    accessToken: z.string(),
    expiresIn: z.number(),
    user: UserSchema,
    permissions: z.array(z.string()),
  })
  .openapi("Session");

const session = { description: "Đã đăng nhập", content: { "application/json": { schema: SessionSchema } } };
const failed = {
  description: "Không đăng nhập được",
  content: { "application/json": { schema: ErrorSchema } },
};

const login = guardedRoute(PUBLIC, {
  method: "post",
  path: "/api/t/{tenant}/auth/login",
  tags: ["Đăng nhập"],
  summary: "Đăng nhập; trả về mã truy cập ngắn hạn và đặt cookie làm mới (httpOnly)",
  request: {
    params: TenantParamSchema,
    body: jsonBody(
      z.object({
        username: z.string().trim().toLowerCase().min(1).max(64),
        password: z.string().min(1).max(200),
      }),
    ),
  },
  responses: { 200: session, 401: failed, 429: failed },
});

const refresh = guardedRoute(PUBLIC, {
  method: "post",
  path: "/api/t/{tenant}/auth/refresh",
  tags: ["Đăng nhập"],
  summary: "Đổi cookie làm mới lấy mã truy cập mới (cookie được xoay vòng)",
  request: { params: TenantParamSchema },
  responses: { 200: session, 401: failed },
});

const logout = guardedRoute(PUBLIC, {
  method: "post",
  path: "/api/t/{tenant}/auth/logout",
  tags: ["Đăng nhập"],
  summary: "Đăng xuất: huỷ phiên làm mới",
  request: { params: TenantParamSchema },
  responses: { 204: { description: "Đã đăng xuất" } },
});

const me = guardedRoute(AUTHENTICATED, {
  method: "get",
  path: "/api/t/{tenant}/auth/me",
  tags: ["Đăng nhập"],
  summary: "Tài khoản đang đăng nhập và các quyền của nó",
  request: { params: TenantParamSchema },
  responses: {
    200: {
      description: "Tài khoản",
      content: {
        "application/json": { schema: z.object({ user: UserSchema, permissions: z.array(z.string()) }) },
      },
    },
    401: failed,
  },
});

const changePassword = guardedRoute(AUTHENTICATED, {
  method: "post",
  path: "/api/t/{tenant}/auth/password",
  tags: ["Đăng nhập"],
  summary: "Đổi mật khẩu của chính mình (các phiên khác bị đăng xuất)",
  request: {
    params: TenantParamSchema,
    body: jsonBody(z.object({ currentPassword: z.string().min(1).max(200), newPassword: newPasswordSchema })),
  },
  responses: { 200: session, 400: failed, 401: failed },
});

function cookiePath(tenant: string) {
  return `/api/t/${tenant}/auth`;
}

export function authRoutes(deps: IdentityDeps) {
  const app = new OpenAPIHono();
  const storeOf = (c: Context) => new TenantStore(c.get("db"), c.get("tenant").id, namespaces.core);

  const permissionsOf = (user: UserRecord) =>
    deps.permissions.keys().filter((p) => user.grants.some((g) => deps.permissions.rolesFor(p).has(g.role)));

  async function issueSession(
    c: Context,
    tenant: string,
    user: UserRecord,
    version: number,
    refreshToken: string,
  ) {
    setCookie(c, REFRESH_COOKIE, refreshToken, {
      httpOnly: true,
      sameSite: "Strict",
      secure: new URL(c.req.url).protocol === "https:",
      path: cookiePath(tenant),
      maxAge: REFRESH_TOKEN_SECONDS,
    });
    const accessToken = await signAccessToken(deps.secret, {
      sub: user.username,
      tid: tenant,
      grants: user.grants,
      tv: user.tokenVersion,
    });
    return {
      accessToken,
      expiresIn: ACCESS_TOKEN_SECONDS,
      user: { ...publicUser(user), version },
      permissions: permissionsOf(user),
    };
  }

  app.openapi(login, async (c) => {
    const tenant = c.get("tenant").id;
    const store = storeOf(c);
    const address = clientAddress(c);
    await takeAttemptSlot(store, address);
    const { username, password } = c.req.valid("json");
    const users = new UserRepository(store);
    const account = await users.find(username);
    const now = Date.now();
    // Same work and the same answer whether the account is unknown, disabled, locked or the password wrong.
    const passwordOk = await verifyPassword(password, account?.data.passwordHash ?? DUMMY_HASH);
    const locked = account?.data.lockedUntil !== undefined && Date.parse(account.data.lockedUntil) > now;
    if (account?.data.status !== "active" || locked || !passwordOk) {
      if (account && !locked && !passwordOk) {
        const lockedNow = await countAccountFailure(users, username, now);
        if (lockedNow) {
          await new AuditLog(store)
            .record({ actor: username, action: "user.locked", target: `user:${username}` })
            .catch(() => undefined);
        }
      }
      throw new AppError("login_failed", "error.loginFailed");
    }
    await giveBackAttemptSlot(store, address);
    const next: UserRecord = { ...account.data, failedLogins: 0 };
    delete next.lockedUntil;
    const updated =
      account.data.failedLogins > 0 || account.data.lockedUntil ? await users.update(account, next) : account;
    const sessions = new SessionRepository(store);
    const token = await sessions.start(username);
    return c.json(await issueSession(c, tenant, updated.data, updated.version, token), 200);
  });

  app.openapi(refresh, async (c) => {
    const tenant = c.get("tenant").id;
    const store = storeOf(c);
    const presented = getCookie(c, REFRESH_COOKIE);
    const sessions = new SessionRepository(store);
    const found = presented ? await sessions.find(presented) : undefined;
    const account = found ? await new UserRepository(store).find(found.username) : undefined;
    if (!presented || !found || !account || account.data.status !== "active") {
      deleteCookie(c, REFRESH_COOKIE, { path: cookiePath(tenant) });
      throw new AppError("unauthorized", "error.sessionExpired");
    }
    const started = sessions.prepareStart(account.data.username);
    // Rotation: the old token is deleted in the same transaction, so replaying it fails.
    await store.transact([sessions.prepareEnd(presented, found.version), started.op]);
    return c.json(await issueSession(c, tenant, account.data, account.version, started.token), 200);
  });

  app.openapi(logout, async (c) => {
    const tenant = c.get("tenant").id;
    const presented = getCookie(c, REFRESH_COOKIE);
    if (presented) await new SessionRepository(storeOf(c)).end(presented);
    deleteCookie(c, REFRESH_COOKIE, { path: cookiePath(tenant) });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const user = c.get("user");
    if (!user) throw new UnauthorizedError();
    const account = await new UserRepository(storeOf(c)).get(user.username);
    return c.json(
      {
        user: { ...publicUser(account.data), version: account.version },
        permissions: permissionsOf(account.data),
      },
      200,
    );
  });

  app.openapi(changePassword, async (c) => {
    const user = c.get("user");
    if (!user) throw new UnauthorizedError();
    const store = storeOf(c);
    const users = new UserRepository(store);
    const account = await users.get(user.username);
    const { currentPassword, newPassword } = c.req.valid("json");
    if (!(await verifyPassword(currentPassword, account.data.passwordHash))) {
      throw new AppError("bad_request", "error.wrongPassword");
    }
    const next: UserRecord = {
      ...account.data,
      passwordHash: await hashPassword(newPassword),
      tokenVersion: account.data.tokenVersion + 1,
      mustChangePassword: false,
    };
    const sessions = new SessionRepository(store);
    const started = sessions.prepareStart(user.username);
    await store.transact([
      users.prepareUpdate(account, next),
      started.op,
      new AuditLog(store).prepare({
        actor: user.username,
        action: "user.password",
        target: `user:${user.username}`,
      }),
    ]);
    return c.json(await issueSession(c, user.tenant, next, account.version + 1, started.token), 200);
  });

  return app;
}

/**
 * Counts a wrong password on the account, locking it at the limit. Parallel failures race on the
 * account's version, so a lost race re-reads and counts again: none of them may go uncounted.
 * Returns whether this failure locked the account.
 */
async function countAccountFailure(users: UserRepository, username: string, now: number): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const account = await users.find(username);
    if (!account) return false;
    if (account.data.lockedUntil !== undefined && Date.parse(account.data.lockedUntil) > now) return false;
    const failures = account.data.failedLogins + 1;
    const lock = failures >= LOCK_AFTER_FAILURES;
    const next: UserRecord = {
      ...account.data,
      failedLogins: lock ? 0 : failures,
      ...(lock ? { lockedUntil: new Date(now + LOCK_MINUTES * 60_000).toISOString() } : {}),
    };
    try {
      await users.update(account, next);
      return lock;
    } catch (error) {
      if (!(error instanceof VersionMismatchError)) throw error;
    }
  }
  return false;
}
