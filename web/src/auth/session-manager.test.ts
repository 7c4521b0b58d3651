import { describe, expect, it } from "vitest";
import type { Session } from "../api/auth";
import { createApiClient } from "../api/client";
import { type AuthState, REFRESH_MARGIN_MS, SessionManager } from "./session-manager";

const session = (token: string, mustChangePassword = false): Session => ({
  accessToken: token,
  expiresIn: 900,
  user: {
    username: "admin.hanoi",
    displayName: "Quản trị LĐLĐ Hà Nội",
    status: "active",
    grants: [{ role: "federation-admin", unitId: "ha-noi" }],
    mustChangePassword,
    version: 1,
  },
  permissions: ["units.read"],
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function setup(handler: (url: string) => Response | Promise<Response>) {
  const states: AuthState[] = [];
  const calls: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const api = createApiClient({
    locale: () => "vi",
    fetch: async (input) => {
      calls.push(String(input));
      return handler(String(input));
    },
  });
  const manager = new SessionManager({
    tenant: "ha-noi",
    api,
    onChange: (s) => states.push(s),
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      const i = timers.indexOf(timer as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    withLock: (_name, task) => task(),
  });
  return { manager, states, calls, timers };
}

describe("SessionManager", () => {
  it("signs in from the refresh cookie on load and schedules the next refresh before expiry", async () => {
    const { manager, states, timers } = setup(() => json(session("t1")));
    await manager.start();
    expect(states.map((s) => s.status)).toEqual(["checking", "signed-in"]);
    expect(manager.token()).toBe("t1");
    expect(timers).toHaveLength(1);
    expect(timers[0]?.ms).toBe(900_000 - REFRESH_MARGIN_MS);
  });

  it("is signed out when there is no valid cookie", async () => {
    const { manager, states } = setup(() =>
      json({ error: { code: "unauthorized", message: "Phiên đăng nhập đã hết hạn" }, requestId: "r" }, 401),
    );
    await manager.start();
    expect(states.at(-1)).toEqual({ status: "signed-out" });
    expect(manager.token()).toBeUndefined();
  });

  it("reports a network failure on load as an error, not as signed out", async () => {
    const { manager, states } = setup(() => {
      throw new TypeError("offline");
    });
    await manager.start();
    expect(states.at(-1)?.status).toBe("error");
  });

  it("shares one refresh between concurrent callers (the cookie rotates)", async () => {
    let n = 0;
    const { manager, calls } = setup(async () => {
      await new Promise((r) => setTimeout(r, 5));
      n++;
      return json(session(`t${n}`));
    });
    const results = await Promise.all([manager.refresh(), manager.refresh(), manager.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(calls.filter((c) => c.endsWith("/auth/refresh"))).toHaveLength(1);
    expect(manager.token()).toBe("t1");
  });

  it("logs in, and logs out even when the server cannot be reached", async () => {
    const { manager, states, timers } = setup((url) => {
      if (url.endsWith("/auth/login")) return json(session("t9", true));
      throw new TypeError("offline");
    });
    const s = await manager.login("admin.hanoi", "CongDoan@2026");
    expect(s.user.mustChangePassword).toBe(true);
    expect(manager.token()).toBe("t9");
    await manager.logout().catch(() => undefined);
    expect(manager.token()).toBeUndefined();
    expect(states.at(-1)).toEqual({ status: "signed-out" });
    expect(timers).toHaveLength(0);
  });
});
