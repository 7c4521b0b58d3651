import type { Db } from "@congdoan/db";
import { seedDemo } from "@congdoan/local";
import { createTestDb } from "@congdoan/local/test-setup";
import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { type App, createApp } from "../app";
import { DEMO_PASSWORD, demoAccountsSeed } from "../local/demo-accounts";

export interface DemoHost extends App {
  db: Db;
  /** Signs in through the real login route; returns request headers with the bearer token. */
  signIn(tenant: string, username: string, password?: string): Promise<Record<string, string>>;
  call(
    path: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

/** The demo federations (Hà Nội, Đắk Nông) with their trees and demo accounts, on a fresh table. */
export async function createDemoHost(label: string, plugins: AnyPlugin[] = []): Promise<DemoHost> {
  const db = await createTestDb(label);
  await seedDemo(db, [demoAccountsSeed]);
  const host = createApp({ db, plugins });
  const call: DemoHost["call"] = async (path, init = {}) =>
    host.app.request(path, {
      method: init.method ?? "GET",
      headers: {
        ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  return {
    ...host,
    db,
    call,
    async signIn(tenant, username, password = DEMO_PASSWORD) {
      const res = await call(`/api/t/${tenant}/auth/login`, { method: "POST", body: { username, password } });
      const body = (await res.json()) as { accessToken?: string };
      if (!body.accessToken) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(body)}`);
      return { Authorization: `Bearer ${body.accessToken}` };
    },
  };
}
