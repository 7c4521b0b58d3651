import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createDb } from "@congdoan/db";
import { ensureTable, seedDemo, startDynamo } from "@congdoan/local";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccountsSeed } from "../../../functions/api/src/local/demo-accounts";
import { pluginSeedHooks } from "../../../functions/api/src/local/plugin-seeds";
import { registeredPlugins } from "../../../functions/api/src/plugin-host/registry";
import { repoRoot } from "../paths";
import { buildApiBundle } from "./build-api.mjs";

/**
 * The bundle the stack deploys, run as Lambda runs it: a fresh `node` process imports `index.mjs` and
 * hands it API Gateway events, against DynamoDB Local with the demo tenants. This is what proves the
 * build's own choices (chunks loaded on demand, zod parts left out) did not break a route.
 */
// Inside the repository, so the bundle finds the AWS SDK in node_modules as Lambda finds it in its runtime.
const cache = join(repoRoot, "node_modules/.cache");
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, "api-bundle-"));
let stopDynamo: (() => Promise<void>) | undefined;
let env: Record<string, string>;

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** Runs the requests in order in one cold process; `{token}` in a header is the first login's token. */
function invoke(
  requests: { method: string; path: string; body?: unknown; headers?: Record<string, string> }[],
) {
  const probe = join(out, "probe.mjs");
  writeFileSync(
    probe,
    `const { handler } = await import("./index.mjs");
const requests = ${JSON.stringify(requests)};
const answers = [];
let token = "";
for (const r of requests) {
  const [rawPath, rawQueryString = ""] = r.path.split("?");
  const headers = { host: "api.test", "content-type": "application/json", ...r.headers };
  for (const k of Object.keys(headers)) headers[k] = headers[k].replace("{token}", token);
  const res = await handler({ version: "2.0", routeKey: "$default", rawPath, rawQueryString, headers,
    requestContext: { http: { method: r.method, path: rawPath, sourceIp: "127.0.0.1" }, requestId: "t", stage: "$default", timeEpoch: 0 },
    body: r.body === undefined ? undefined : JSON.stringify(r.body), isBase64Encoded: false }, {});
  const body = res.isBase64Encoded ? Buffer.from(res.body, "base64").toString() : res.body;
  if (!token && rawPath.endsWith("/auth/login") && res.statusCode === 200) token = JSON.parse(body).accessToken;
  answers.push({ status: res.statusCode, body, headers: res.headers ?? {} });
}
console.log(JSON.stringify(answers));`,
  );
  const run = spawnSync(process.execPath, [probe], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Answer[];
}

beforeAll(async () => {
  await buildApiBundle(join(repoRoot, "functions/api/src/lambda.ts"), out, {
    sourcemap: false,
    logLevel: "silent",
  });
  const dynamo = await startDynamo();
  stopDynamo = dynamo.stop;
  const db = createDb({ endpoint: dynamo.endpoint, tableName: "api-bundle" });
  await ensureTable(db);
  await seedDemo(db, [demoAccountsSeed, ...pluginSeedHooks(registeredPlugins)]);
  env = {
    TABLE_NAME: db.tableName,
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    JWT_SECRET: "s".repeat(48),
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_REGION: "local",
    LOG_LEVEL: "silent",
  };
});

afterAll(async () => {
  await stopDynamo?.();
  rmSync(out, { recursive: true, force: true });
});

describe("the API's Lambda bundle", () => {
  it("is a handler and one chunk per module server, beside the shared chunks", () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files).toContain("index.mjs");
    expect(files.filter((f) => /^chunks\/server-.*\.mjs$/.test(f))).toHaveLength(registeredPlugins.length);
  });

  it("answers the host's and every module's routes, refusals included, from a cold process", () => {
    const tenant = "ha-noi";
    const [login, health, movements, invalid, unknown, board, scholarships, doc] = invoke([
      {
        method: "POST",
        path: `/api/t/${tenant}/auth/login`,
        body: { username: "admin.hanoi", password: DEMO_PASSWORD },
      },
      { method: "GET", path: "/api/health" },
      {
        method: "GET",
        path: `/api/t/${tenant}/m/emulation/movements`,
        headers: { authorization: "Bearer {token}" },
      },
      {
        method: "POST",
        path: `/api/t/${tenant}/m/emulation/movements`,
        body: { title: "" },
        headers: { authorization: "Bearer {token}" },
      },
      {
        method: "GET",
        path: `/api/t/${tenant}/m/democracy/nowhere`,
        headers: { authorization: "Bearer {token}" },
      },
      { method: "GET", path: `/api/public/${tenant}/m/democracy/scoreboards/compliance` },
      { method: "GET", path: `/api/public/${tenant}/m/scholarships/summary` },
      { method: "GET", path: "/api/openapi.json" },
    ]);
    expect(login!.status).toBe(200);
    expect(health!.status).toBe(200);
    expect(movements!.status).toBe(200);
    expect((JSON.parse(movements!.body) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    // The host's validation hook and error mapping, in Vietnamese, inside a lazily loaded module.
    expect(invalid!.status).toBe(400);
    expect(JSON.parse(invalid!.body).error.code).toBe("validation");
    expect(unknown!.status).toBe(404);
    expect(JSON.parse(unknown!.body).error.code).toBe("route_not_found");
    expect(board!.status).toBe(200);
    expect(board!.headers.etag).toBeTruthy();
    expect(scholarships!.status).toBe(200);
    const paths = Object.keys((JSON.parse(doc!.body) as { paths: object }).paths);
    for (const plugin of registeredPlugins)
      expect(paths.some((p) => p.startsWith(`/api/t/{tenant}/m/${plugin.id}/`))).toBe(true);
  });

  it("builds the expired-files function the same way, and it answers a batch with nothing to erase", async () => {
    const dir = join(out, "expired-files");
    await buildApiBundle(join(repoRoot, "functions/api/src/expired-files-lambda.ts"), dir, {
      sourcemap: false,
      logLevel: "silent",
    });
    const probe = join(dir, "probe.mjs");
    writeFileSync(
      probe,
      `const { handler } = await import("./index.mjs");
console.log(JSON.stringify(await handler({ Records: [{ eventID: "1", eventName: "REMOVE",
  userIdentity: { type: "Service", principalId: "dynamodb.amazonaws.com" },
  dynamodb: { OldImage: { pk: { S: "T#ha-noi#C#SESSION#x" }, sk: { S: "s" } } } }] })));`,
    );
    const run = spawnSync(process.execPath, [probe], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split("\n").at(-1)!)).toEqual({ erased: 0, skipped: 0 });
  });
});
