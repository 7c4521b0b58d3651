import { beforeAll, describe, expect, it } from "vitest";
import { createDemoHost, type DemoHost } from "../test-support/demo-host";

let host: DemoHost;
let operator: Record<string, string>;

beforeAll(async () => {
  host = await createDemoHost("platform");
  operator = await host.signIn("platform", "admin.hethong");
});

describe("platform administration", () => {
  it("only platform admins reach it; a federation admin is a stranger there", async () => {
    expect((await host.call("/api/platform/tenants")).status).toBe(401);
    const federationAdmin = await host.signIn("ha-noi", "admin.hanoi");
    expect((await host.call("/api/platform/tenants", { headers: federationAdmin })).status).toBe(401);
    const list = (await (await host.call("/api/platform/tenants", { headers: operator })).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((t) => t.id).sort()).toEqual(["dak-nong", "ha-noi"]);
    expect((await host.call("/api/t/platform/units", { headers: operator })).status).toBe(403);
  });

  it("creates a federation with its root unit and first admin, renames and suspends it", async () => {
    const created = await host.call("/api/platform/tenants", {
      method: "POST",
      headers: operator,
      body: {
        id: "lam-dong",
        name: "Liên đoàn Lao động tỉnh Lâm Đồng",
        shortName: "LĐLĐ Lâm Đồng",
        firstAdmin: { username: "admin.lamdong", displayName: "Quản trị Lâm Đồng" },
      },
    });
    expect(created.status).toBe(201);
    const { initialPassword, tenant } = (await created.json()) as {
      initialPassword: string;
      tenant: { version: number };
    };
    const admin = await host.signIn("lam-dong", "admin.lamdong", initialPassword);
    const units = (await (await host.call("/api/t/lam-dong/units", { headers: admin })).json()) as {
      items: { id: string }[];
    };
    expect(units.items.map((u) => u.id)).toEqual(["lam-dong"]);
    expect(
      (
        await host.call("/api/platform/tenants", {
          method: "POST",
          headers: operator,
          body: {
            id: "platform",
            name: "Xấu xa",
            shortName: "XX",
            firstAdmin: { username: "abc", displayName: "Ab" },
          },
        })
      ).status,
    ).toBe(400);

    const renamed = await host.call("/api/platform/tenants/lam-dong", {
      method: "PATCH",
      headers: operator,
      body: { expectedVersion: tenant.version, shortName: "LĐLĐ tỉnh Lâm Đồng", status: "suspended" },
    });
    expect(renamed.status).toBe(200);
    const blocked = await host.call("/api/t/lam-dong/units", { headers: admin });
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe("tenant_suspended");
    const publicList = (await (await host.call("/api/public")).json()) as { tenants: { id: string }[] };
    expect(publicList.tenants.map((t) => t.id)).not.toContain("lam-dong");
  });

  it("exports a federation as JSON lines and imports it into an empty installation without loss", async () => {
    const res = await host.call("/api/platform/tenants/dak-nong/export", { headers: operator });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/ndjson/);
    const text = await res.text();
    const lines = text.trim().split("\n");
    expect(lines.length).toBeGreaterThan(10);
    expect(text).not.toContain("T#ha-noi#");

    const other = await createDemoHost("platform_restore");
    const otherOperator = await other.signIn("platform", "admin.hethong");
    const refused = await other.call("/api/platform/tenants/dak-nong/import", {
      method: "POST",
      headers: otherOperator,
      body: { contentBase64: Buffer.from(text).toString("base64") },
    });
    expect(refused.status).toBe(409);
    const empty = text.replaceAll("dak-nong", "dak-nong-2").replaceAll("Đắk Nông", "Đắk Nông 2");
    const imported = await other.call("/api/platform/tenants/dak-nong-2/import", {
      method: "POST",
      headers: otherOperator,
      body: { contentBase64: Buffer.from(empty).toString("base64") },
    });
    expect(await imported.json()).toEqual({ items: lines.length });
    const admin = await other.signIn("dak-nong-2", "admin.daknong");
    const units = (await (await other.call("/api/t/dak-nong-2/units", { headers: admin })).json()) as {
      items: unknown[];
    };
    expect(units.items.length).toBe(lines.filter((l) => l.includes('"type":"unit"')).length);
  });
});
