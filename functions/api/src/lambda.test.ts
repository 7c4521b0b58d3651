import { seedDemo } from "@congdoan/local";
import { createTestDb } from "@congdoan/local/test-setup";
import { describe, expect, inject, it, vi } from "vitest";
import { signAccessToken } from "./identity/tokens";
import { DEMO_PASSWORD, demoAccountsSeed } from "./local/demo-accounts";

// Secrets Manager as the Lambda sees it: one value per version stage, absent stages answer
// ResourceNotFoundException like the service does.
const secretStages = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("@aws-sdk/client-secrets-manager", () => ({
  GetSecretValueCommand: class {
    constructor(readonly input: { SecretId: string; VersionStage: string }) {}
  },
  SecretsManagerClient: class {
    async send(command: { input: { VersionStage: string } }) {
      const value = secretStages[command.input.VersionStage];
      if (value === undefined)
        throw Object.assign(new Error("no such version"), { name: "ResourceNotFoundException" });
      return { SecretString: value };
    }
  },
}));

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

  it("keeps accepting tokens signed with AWSPREVIOUS after the signing secret is rotated", async () => {
    const db = await createTestDb("lambda-rotation");
    await seedDemo(db, [demoAccountsSeed]);
    process.env.TABLE_NAME = db.tableName;
    process.env.JWT_SECRET_ARN = "arn:aws:secretsmanager:ap-southeast-1:111111111111:secret:jwt";
    delete process.env.JWT_SECRET;
    type Handler = (e: unknown, c: unknown) => Promise<{ statusCode: number; body: string }>;
    const start = async () => {
      vi.resetModules();
      return (await import("./lambda")).handler as unknown as Handler;
    };
    const signIn = async (handler: Handler) => {
      const res = await handler(
        event("POST", "/api/t/ha-noi/auth/login", { username: "admin.hanoi", password: DEMO_PASSWORD }),
        {},
      );
      return (JSON.parse(res.body) as { accessToken: string }).accessToken;
    };
    const units = async (handler: Handler, token: string) =>
      (
        await handler(
          event("GET", "/api/t/ha-noi/units", undefined, { authorization: `Bearer ${token}` }),
          {},
        )
      ).statusCode;

    try {
      secretStages.AWSCURRENT = "o".repeat(64);
      const before = await start();
      const oldToken = await signIn(before);

      // put-secret-value: the old value moves to AWSPREVIOUS; a fresh instance loads both.
      secretStages.AWSCURRENT = "n".repeat(64);
      secretStages.AWSPREVIOUS = "o".repeat(64);
      const after = await start();
      expect(await units(after, oldToken)).toBe(200);
      const newToken = await signIn(after);
      expect(await units(after, newToken)).toBe(200);
      // New tokens are signed with the new key only: an instance that knows just the old key refuses them.
      expect(await units(before, newToken)).toBe(401);
      const stranger = await signAccessToken(new TextEncoder().encode("s".repeat(64)), {
        sub: "admin.hanoi",
        tid: "ha-noi",
        grants: [],
        tv: 0,
      });
      expect(await units(after, stranger)).toBe(401);
    } finally {
      delete process.env.JWT_SECRET_ARN;
    }
  });
});
