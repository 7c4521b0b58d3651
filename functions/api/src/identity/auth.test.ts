import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../local/demo-accounts";
import { createDemoHost, type DemoHost } from "../test-support/demo-host";
import { LOCK_AFTER_FAILURES } from "./login-throttle";

let host: DemoHost;
beforeAll(async () => {
  host = await createDemoHost("auth");
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  host.call("/api/t/ha-noi/auth/login", { method: "POST", body: { username, password }, headers });

function refreshCookie(res: Response): string {
  const cookie = res.headers.get("set-cookie") ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Strict/i);
  return cookie.split(";")[0]!;
}

describe("sign-in", () => {
  it("returns a short-lived token, the account without its hash, and an httpOnly refresh cookie", async () => {
    const res = await login("admin.hanoi", DEMO_PASSWORD);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      accessToken: string;
      expiresIn: number;
      user: Record<string, unknown>;
      permissions: string[];
    };
    expect(body.expiresIn).toBe(900);
    expect(body.user.username).toBe("admin.hanoi");
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|scrypt/);
    expect(body.permissions).toContain("users.manage");
    refreshCookie(res);
  });

  it("answers the same generic message for an unknown account and a wrong password", async () => {
    const unknown = await login("khong.co.ai", "Sai-mat-khau-1", { "X-Forwarded-For": "10.0.0.1" });
    const wrong = await login("canbo.nhanchinh", "Sai-mat-khau-1", { "X-Forwarded-For": "10.0.0.1" });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const a = (await unknown.json()) as { error: { message: string } };
    const b = (await wrong.json()) as { error: { message: string } };
    expect(a.error.message).toBe(b.error.message);
    expect(a.error.message).toMatch(/Tên đăng nhập hoặc mật khẩu không đúng/);
  });

  it("locks an account after five failures, even for the right password, until an admin resets it", async () => {
    for (let i = 0; i < 5; i++)
      await login("doanvien.nhanchinh", `Sai-mat-khau-${i}`, { "X-Forwarded-For": "10.0.0.2" });
    const locked = await login("doanvien.nhanchinh", DEMO_PASSWORD, { "X-Forwarded-For": "10.0.0.2" });
    expect(locked.status).toBe(401);
    const admin = await host.signIn("ha-noi", "admin.hanoi");
    const reset = await host.call("/api/t/ha-noi/users/doanvien.nhanchinh/reset-password", {
      method: "POST",
      headers: admin,
    });
    expect(reset.status).toBe(200);
    const { initialPassword } = (await reset.json()) as { initialPassword: string };
    expect((await login("doanvien.nhanchinh", initialPassword)).status).toBe(200);
    const audit = (await (await host.call("/api/t/ha-noi/audit", { headers: admin })).json()) as {
      items: { action: string }[];
    };
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["user.locked", "user.reset-password"]),
    );
  });

  it("limits failed attempts per address with a 429 in Vietnamese, even for a right password then", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 31; i++) last = await login(`ai-do-${i}`, "x", { "X-Forwarded-For": "10.9.9.9" });
    expect(last!.status).toBe(429);
    expect(((await last!.json()) as { error: { message: string } }).error.message).toMatch(
      /thử lại sau 15 phút/,
    );
    const blocked = await login("thamdinh.thanhxuan", DEMO_PASSWORD, { "X-Forwarded-For": "10.9.9.9" });
    expect(blocked.status).toBe(429);
  });

  it("holds the address limit against parallel attempts, whatever the client writes first in X-Forwarded-For", async () => {
    const answers = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        login(`song-song-${i}`, "x", { "X-Forwarded-For": `1.2.3.${i}, 10.6.6.6` }),
      ),
    );
    const refused = answers.filter((r) => r.status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(15);
    expect(answers.every((r) => r.status === 401 || r.status === 429)).toBe(true);
  });

  it("locks an account hit by parallel wrong passwords: none of the failures goes uncounted", async () => {
    const admin = await host.signIn("ha-noi", "admin.hanoi");
    const created = await host.call("/api/t/ha-noi/users", {
      method: "POST",
      headers: admin,
      body: {
        username: "thu.songsong",
        displayName: "Thử song song",
        grants: [{ role: "member", unitId: "tx-thcs-nhan-chinh" }],
      },
    });
    expect(created.status).toBe(201);
    const { initialPassword } = (await created.json()) as { initialPassword: string };
    const answers = await Promise.all(
      // Exactly as many as lock it: a single lost update would leave the account open.
      Array.from({ length: LOCK_AFTER_FAILURES }, (_, i) =>
        login("thu.songsong", "Sai-mat-khau-1", { "X-Forwarded-For": `10.5.5.${i}` }),
      ),
    );
    expect(answers.every((r) => r.status === 401)).toBe(true);
    const right = await login("thu.songsong", initialPassword, { "X-Forwarded-For": "10.5.6.1" });
    expect(right.status).toBe(401);
  });

  it("does not count successful sign-ins: a whole school behind one address signs in", async () => {
    for (let i = 0; i < 40; i++) {
      const res = await login("thamdinh.thanhxuan", DEMO_PASSWORD, { "X-Forwarded-For": "10.8.8.8" });
      expect(res.status).toBe(200);
    }
  });
});

describe("sessions", () => {
  it("refresh rotates the cookie; the old cookie no longer works; logout ends the session", async () => {
    const res = await login("thamdinh.thanhxuan", DEMO_PASSWORD);
    const first = refreshCookie(res);
    const refreshed = await host.call("/api/t/ha-noi/auth/refresh", {
      method: "POST",
      headers: { Cookie: first },
    });
    expect(refreshed.status).toBe(200);
    const second = refreshCookie(refreshed);
    expect(second).not.toBe(first);
    expect(
      (await host.call("/api/t/ha-noi/auth/refresh", { method: "POST", headers: { Cookie: first } })).status,
    ).toBe(401);
    expect(
      (await host.call("/api/t/ha-noi/auth/logout", { method: "POST", headers: { Cookie: second } })).status,
    ).toBe(204);
    expect(
      (await host.call("/api/t/ha-noi/auth/refresh", { method: "POST", headers: { Cookie: second } })).status,
    ).toBe(401);
  });

  it("a cookie of one federation is worthless at another", async () => {
    const cookie = refreshCookie(await login("admin.hanoi", DEMO_PASSWORD));
    expect(
      (await host.call("/api/t/dak-nong/auth/refresh", { method: "POST", headers: { Cookie: cookie } }))
        .status,
    ).toBe(401);
  });

  it("changing the password signs out older tokens; disabling an account stops its token at once", async () => {
    const officer = await host.signIn("ha-noi", "canbo.nhanchinh");
    expect((await host.call("/api/t/ha-noi/auth/me", { headers: officer })).status).toBe(200);
    const weak = await host.call("/api/t/ha-noi/auth/password", {
      method: "POST",
      headers: officer,
      body: { currentPassword: DEMO_PASSWORD, newPassword: "ngan" },
    });
    expect(weak.status).toBe(400);
    const changed = await host.call("/api/t/ha-noi/auth/password", {
      method: "POST",
      headers: officer,
      body: { currentPassword: DEMO_PASSWORD, newPassword: "Mat-khau-moi-2026" },
    });
    expect(changed.status).toBe(200);
    const fresh = {
      Authorization: `Bearer ${((await changed.json()) as { accessToken: string }).accessToken}`,
    };
    expect((await host.call("/api/t/ha-noi/auth/me", { headers: officer })).status).toBe(401);
    expect((await host.call("/api/t/ha-noi/auth/me", { headers: fresh })).status).toBe(200);

    const admin = await host.signIn("ha-noi", "admin.hanoi");
    const account = (await (await host.call("/api/t/ha-noi/auth/me", { headers: fresh })).json()) as {
      user: { version: number };
    };
    const disabled = await host.call("/api/t/ha-noi/users/canbo.nhanchinh", {
      method: "PATCH",
      headers: admin,
      body: { expectedVersion: account.user.version, status: "disabled" },
    });
    expect(disabled.status).toBe(200);
    expect((await host.call("/api/t/ha-noi/auth/me", { headers: fresh })).status).toBe(401);
    expect((await login("canbo.nhanchinh", "Mat-khau-moi-2026")).status).toBe(401);
  });
});

describe("accounts and roles", () => {
  it("an admin grants roles only inside what they manage", async () => {
    const admin = await host.signIn("ha-noi", "admin.hanoi");
    const created = await host.call("/api/t/ha-noi/users", {
      method: "POST",
      headers: admin,
      body: {
        username: "canbo.tranphu",
        displayName: "Cán bộ THCS Trần Phú",
        grants: [{ role: "cdcs-officer", unitId: "px-thcs-tran-phu" }],
      },
    });
    expect(created.status).toBe(201);
    const { initialPassword, user } = (await created.json()) as {
      initialPassword: string;
      user: { mustChangePassword: boolean };
    };
    expect(user.mustChangePassword).toBe(true);
    expect((await login("canbo.tranphu", initialPassword)).status).toBe(200);
    const outside = await host.call("/api/t/ha-noi/users", {
      method: "POST",
      headers: admin,
      body: {
        username: "ke.gian",
        displayName: "Kẻ gian",
        grants: [{ role: "federation-admin", unitId: "dak-nong" }],
      },
    });
    expect(outside.status).toBe(403);
    const duplicate = await host.call("/api/t/ha-noi/users", {
      method: "POST",
      headers: admin,
      body: {
        username: "canbo.tranphu",
        displayName: "Trùng",
        grants: [{ role: "member", unitId: "px-thcs-tran-phu" }],
      },
    });
    expect(duplicate.status).toBe(409);
    // In the person's words, without the record's internal address.
    const message = ((await duplicate.json()) as { error: { message: string } }).error.message;
    expect(message).toContain("tên đăng nhập “canbo.tranphu” đã có người dùng");
    expect(message).not.toMatch(/U\/|user /);
    const reviewer = await host.signIn("ha-noi", "thamdinh.thanhxuan");
    expect((await host.call("/api/t/ha-noi/users", { headers: reviewer })).status).toBe(403);
  });
});
