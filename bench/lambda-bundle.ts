import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@congdoan/db";
import { ensureTable, seedDemo, startDynamo } from "@congdoan/local";
import { buildApiBundle } from "../infra/src/bundle/build-api.mjs";

/**
 * The API's Lambda bundle, built by the CDK stack's own build script (ESM, minified, node22, the AWS
 * SDK left to the runtime), against a minimal Hono Lambda bundle built the same way in the same run:
 * size, and the time from a cold `node` process to the answer of a first request (/api/health,
 * which reads the table) against DynamoDB Local. Printed as ratios; nothing is asserted.
 */
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, ".out");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function bundle(entry: string, file: string): Promise<number> {
  // The very build the CDK stack deploys (infra/src/bundle/build-api.mjs), minus the source map.
  await buildApiBundle(entry, join(out, file), { sourcemap: false, logLevel: "silent" });
  return statSync(join(out, file)).size;
}

/** A cold process: import the bundle, send one API Gateway event, print the elapsed milliseconds. */
function coldStart(file: string, env: Record<string, string>): number {
  const probe = join(out, `probe-${file}`);
  writeFileSync(
    probe,
    `const t0 = performance.now();
const { handler } = await import("./${file}");
const res = await handler({ version: "2.0", routeKey: "$default", rawPath: "/api/health", rawQueryString: "",
  headers: { host: "bench" }, requestContext: { http: { method: "GET", path: "/api/health", sourceIp: "127.0.0.1" },
  requestId: "b", stage: "$default", timeEpoch: 0 }, isBase64Encoded: false }, {});
if (res.statusCode !== 200) { console.error(res.statusCode, res.body); process.exit(1); }
console.log(performance.now() - t0);`,
  );
  const run = spawnSync(process.execPath, [probe], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${file}: ${run.stderr}`);
  return Number(run.stdout.trim().split("\n").at(-1));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, "minimal.ts"),
    `import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { DynamoDBClient, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
const db = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: "local", credentials: { accessKeyId: "l", secretAccessKey: "l" } });
const app = new Hono();
app.get("/api/health", async (c) => { await db.send(new DescribeTableCommand({ TableName: process.env.TABLE_NAME })); return c.json({ status: "ok" }); });
export const handler = handle(app);`,
  );
  const apiBytes = await bundle(join(here, "../functions/api/src/lambda.ts"), "api.mjs");
  const minimalBytes = await bundle(join(out, "minimal.ts"), "minimal.mjs");

  const dynamo = await startDynamo();
  try {
    const db = createDb({ endpoint: dynamo.endpoint, tableName: "bench-lambda" });
    await ensureTable(db);
    await seedDemo(db);
    const env = {
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      JWT_SECRET: "b".repeat(48),
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_REGION: "local",
      LOG_LEVEL: "silent",
    };
    const api: number[] = [];
    const minimal: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      minimal.push(coldStart("minimal.mjs", env));
      api.push(coldStart("api.mjs", env));
    }
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    console.log(
      `Lambda bundle (ESM, minified, node22, AWS SDK from the runtime); median of ${RUNS} cold processes`,
    );
    console.log(
      `  size        API ${kb(apiBytes).padStart(7)}   minimal Hono ${kb(minimalBytes).padStart(7)}   ×${(apiBytes / minimalBytes).toFixed(1)}   (goal < 400 KB)`,
    );
    console.log(
      `  cold start  API ${median(api).toFixed(0).padStart(5)} ms   minimal Hono ${median(minimal).toFixed(0).padStart(5)} ms   ×${(median(api) / median(minimal)).toFixed(2)}`,
    );
  } finally {
    await dynamo.stop();
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
