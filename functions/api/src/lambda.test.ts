import { seedDemo } from "@congdoan/local";
import { createTestDb } from "@congdoan/local/test-setup";
import { describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD, demoAccountsSeed } from "./local/demo-accounts";

/** An API Gateway HTTP API (payload 2.0) event, as the Lambda receives it. */
function event(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return {
    version: "2.0",
    routeKey: "$default",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "api.example.com", "content-type": "application/json", ...headers },
    requestContext: {
      accountId: "123",
      apiId: "api",
      domainName: "api.example.com",
      http: { method, path, protocol: "HTTP/1.1", sourceIp: "203.0.113.9", userAgent: "test" },
      requestId: "r1",
      routeKey: "$default",
      stage: "$default",
      time: "23/Nov/2026:10:00:00 +0000",
      timeEpoch: 0,
    },
    isBase64Encoded: false,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };
}

describe("the Lambda entry point", () => {
  it("serves the same app through hono/aws-lambda: health, sign-in and a tenant route", async () => {
    const db = await createTestDb("lambda");
    await seedDemo(db, [demoAccountsSeed]);
    process.env.TABLE_NAME = db.tableName;
    process.env.DYNAMODB_ENDPOINT = inject("dynamoEndpoint");
    process.env.JWT_SECRET = "x".repeat(48);
    process.env.AWS_ACCESS_KEY_ID = "local";
    process.env.AWS_SECRET_ACCESS_KEY = "local";
    const { handler } = await import("./lambda");
    const call = (e: ReturnType<typeof event>) =>
      handler(e as never, {} as never) as Promise<{
        statusCode: number;
        body: string;
        headers: Record<string, string>;
      }>;

    const health = await call(event("GET", "/api/health"));
    expect(health.statusCode).toBe(200);
    const login = await call(
      event("POST", "/api/t/ha-noi/auth/login", { username: "admin.hanoi", password: DEMO_PASSWORD }),
    );
    expect(login.statusCode).toBe(200);
    const { accessToken } = JSON.parse(login.body) as { accessToken: string };
    const units = await call(
      event("GET", "/api/t/ha-noi/units", undefined, { authorization: `Bearer ${accessToken}` }),
    );
    expect(units.statusCode).toBe(200);
    expect(JSON.parse(units.body).items.length).toBeGreaterThan(50);
    const bad = await call(event("POST", "/api/t/ha-noi/auth/login", undefined));
    expect(bad.statusCode).toBe(400);
  });
});
