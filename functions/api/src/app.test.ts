import { TenantRegistry, UnitRepository } from "@congdoan/db";
import { createTestDb } from "@congdoan/local/test-setup";
import { guestbookPlugin } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { type App, createApp, provisionAccount } from "./app";

let host: App;
const logs: string[] = [];
const tokens: Record<string, Record<string, string>> = {};

async function signIn(tenant: string, username: string): Promise<Record<string, string>> {
  const res = await host.app.request(`/api/t/${tenant}/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password: "Mat-khau-thu-1" }),
  });
  const body = (await res.json()) as { accessToken: string };
  if (!body.accessToken) throw new Error(`login failed: ${JSON.stringify(body)}`);
  return { Authorization: `Bearer ${body.accessToken}` };
}

interface ErrorJson {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
  requestId: string;
}

beforeAll(async () => {
  const db = await createTestDb("api");
  const registry = new TenantRegistry(db);
  const tenant = {
    name: "Liên đoàn Lao động thành phố Hà Nội",
    shortName: "LĐLĐ Hà Nội",
    status: "active" as const,
    schoolYear: { startMonth: 9, startDay: 5 },
  };
  await registry.create({ ...tenant, id: "ha-noi", modules: { guestbook: { enabled: true, settings: {} } } });
  await registry.create({ ...tenant, id: "dak-nong", name: "LĐLĐ tỉnh Đắk Nông", modules: {} });
  await new UnitRepository(registry.store("ha-noi")).create({
    id: "ha-noi",
    name: "LĐLĐ Hà Nội",
    kind: "ldld",
    parentId: null,
    memberCount: 0,
    status: "active",
  });
  await new UnitRepository(registry.store("dak-nong")).create({
    id: "dak-nong",
    name: "LĐLĐ Đắk Nông",
    kind: "ldld",
    parentId: null,
    memberCount: 0,
    status: "active",
  });
  for (const tenantId of ["ha-noi", "dak-nong"]) {
    await provisionAccount(db, tenantId, {
      username: "admin",
      displayName: "Quản trị",
      password: "Mat-khau-thu-1",
      grants: [{ role: "federation-admin", unitId: tenantId }],
    });
  }
  host = createApp({
    db,
    plugins: [guestbookPlugin],
    bodyLimitBytes: 4 * 1024,
    log: { write: (line) => logs.push(line), level: "info" },
    extend: (app) => {
      app.get("/api/boom", () => {
        throw new Error("table congdoan-secret key T#ha-noi exploded");
      });
    },
  });
  tokens["ha-noi"] = await signIn("ha-noi", "admin");
  tokens["dak-nong"] = await signIn("dak-nong", "admin");
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  host.app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...tokens["ha-noi"], ...headers },
    body,
  });

async function expectError(res: Response, status: number, code: string): Promise<ErrorJson> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await res.json()) as ErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.requestId).toBeTruthy();
  return body;
}

describe("API host: clear 4xx errors in Vietnamese, never a 500", () => {
  it("a malformed JSON body → 400 in Vietnamese", async () => {
    const body = await expectError(
      await post("/api/t/ha-noi/m/guestbook/entries", "{ not json"),
      400,
      "bad_request",
    );
    expect(body.error.message).toBe("Nội dung gửi lên không phải JSON hợp lệ.");
  });

  it("a body that fails the schema → 400 with field errors in Vietnamese", async () => {
    const res = await post("/api/t/ha-noi/m/guestbook/entries", JSON.stringify({ id: "a", unit: 5 }));
    const body = await expectError(res, 400, "validation");
    expect(body.error.message).toMatch(/Dữ liệu gửi lên chưa hợp lệ/);
    const unit = body.error.fields?.find((f) => f.path === "unit");
    // A plain sentence, not zod's "mong đợi string".
    expect(unit?.message).toBe("Phải là chữ");
    expect(body.error.fields?.find((f) => f.path === "message")?.message).toBe("Bắt buộc nhập");
  });

  it("the same validation error in English when asked", async () => {
    const res = await post("/api/t/ha-noi/m/guestbook/entries", JSON.stringify({ id: "a", unit: 5 }), {
      "Accept-Language": "en-GB,en;q=0.9",
    });
    const body = await expectError(res, 400, "validation");
    expect(body.error.message).toMatch(/not valid/);
    expect(body.error.fields?.find((f) => f.path === "unit")?.message).toBe("Must be text");
    expect(body.error.fields?.find((f) => f.path === "message")?.message).toBe("Required");
  });

  it("a JSON route called without a JSON content type → 415", async () => {
    const res = await host.app.request("/api/t/ha-noi/m/guestbook/entries", {
      method: "POST",
      body: "id=a",
      headers: tokens["ha-noi"],
    });
    await expectError(res, 415, "unsupported_media_type");
  });

  it("an unknown tenant → 404 naming it", async () => {
    const body = await expectError(
      await host.app.request("/api/t/ha-tay/m/guestbook/entries"),
      404,
      "tenant_not_found",
    );
    expect(body.error.message).toBe("Không tìm thấy liên đoàn lao động có mã “ha-tay”.");
    await expectError(await host.app.request("/api/public/ha-tay"), 404, "tenant_not_found");
    await expectError(await host.app.request("/api/t/..%2F..%2Fetc"), 404, "tenant_not_found");
  });

  it("a module the tenant has not enabled → 404 saying so", async () => {
    const body = await expectError(
      await host.app.request("/api/t/dak-nong/m/guestbook/entries"),
      404,
      "module_disabled",
    );
    expect(body.error.message).toBe("Mô-đun “Sổ lưu niệm” chưa được bật cho LĐLĐ tỉnh Đắk Nông.");
  });

  it("a module that does not exist → 404 for the address, not 'not switched on'", async () => {
    const body = await expectError(
      await host.app.request("/api/t/ha-noi/m/khong-co/x"),
      404,
      "route_not_found",
    );
    expect(body.error.message).toContain("/api/t/ha-noi/m/khong-co/x");
  });

  it("an unknown address inside an enabled module → 404 naming the address, not the module", async () => {
    const body = await expectError(
      await host.app.request("/api/t/ha-noi/m/guestbook/khong-co"),
      404,
      "route_not_found",
    );
    expect(body.error.message).toContain("/api/t/ha-noi/m/guestbook/khong-co");
  });

  it("an oversize body → 413 before it is read", async () => {
    const big = JSON.stringify({ id: "big", unit: "THCS", message: "x".repeat(10_000) });
    const body = await expectError(
      await post("/api/t/ha-noi/m/guestbook/entries", big),
      413,
      "payload_too_large",
    );
    expect(body.error.message).toMatch(/quá lớn/);
  });

  it("a wrong method on a known address → 405 with Allow", async () => {
    const res = await host.app.request("/api/t/ha-noi/m/guestbook/entries", { method: "DELETE" });
    const body = await expectError(res, 405, "method_not_allowed");
    expect(res.headers.get("allow")).toContain("POST");
    expect(body.error.message).toMatch(/không hỗ trợ phương thức DELETE/);
    await expectError(await host.app.request("/api/health", { method: "POST" }), 405, "method_not_allowed");
  });

  it("an unknown address → 404 JSON", async () => {
    await expectError(await host.app.request("/api/khong-co-gi"), 404, "route_not_found");
  });

  it("an unexpected failure → 500 that leaks nothing, with the details in the log", async () => {
    const res = await host.app.request("/api/boom");
    const body = await expectError(res, 500, "internal");
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/secret|T#|exploded|stack/);
    expect(body.error.message).toContain(body.requestId);
    expect(logs.some((l) => l.includes("exploded") && l.includes(body.requestId))).toBe(true);
  });
});

describe("API host: the rest of the middleware", () => {
  it("health checks the table", async () => {
    const res = await host.app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("health reports 503 when the table is unreachable", async () => {
    const broken = createApp({
      db: { ...(await createTestDb("api_broken")), tableName: "khong-ton-tai" },
      plugins: [],
    });
    const res = await broken.app.request("/api/health");
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "degraded", database: "unreachable" });
  });

  it("sends security headers and a request id on every response", async () => {
    const res = await host.app.request("/api/public");
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=/);
  });

  it("writes one structured JSON log line per request with tenant and request id", async () => {
    logs.length = 0;
    await host.app.request("/api/public/ha-noi", { headers: { "X-Request-Id": "req-abc" } });
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.message === "request");
    expect(line).toMatchObject({
      requestId: "req-abc",
      tenant: "ha-noi",
      status: 200,
      path: "/api/public/ha-noi",
    });
  });

  it("lists tenants publicly without their settings", async () => {
    const body = (await (await host.app.request("/api/public")).json()) as {
      tenants: Record<string, unknown>[];
    };
    expect(body.tenants.map((t) => t.id).sort()).toEqual(["dak-nong", "ha-noi"]);
    expect(JSON.stringify(body)).not.toMatch(/modules|settings/);
  });

  it("gives the tenant shell only the enabled modules", async () => {
    expect((await host.app.request("/api/t/ha-noi")).status).toBe(401);
    const hn = (await (await host.app.request("/api/t/ha-noi", { headers: tokens["ha-noi"] })).json()) as {
      modules: { id: string }[];
    };
    expect(hn.modules.map((m) => m.id)).toEqual(["guestbook"]);
    const dn = (await (
      await host.app.request("/api/t/dak-nong", { headers: tokens["dak-nong"] })
    ).json()) as {
      modules: unknown[];
    };
    expect(dn.modules).toEqual([]);
  });

  it("serves an OpenAPI 3.1 document whose every operation declares its path parameters", async () => {
    const doc = (await (await host.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/public", "/api/public/{tenant}", "/api/t/{tenant}"]),
    );
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const op of Object.values(item)) {
        const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        const needed = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        expect(declared.sort(), path).toEqual(needed.sort());
      }
    }
  });

  it("serves a human reference page without scripts", async () => {
    const res = await host.app.request("/api/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("/api/t/{tenant}/m/guestbook/entries");
    expect(html).not.toContain("<script");
  });
});
