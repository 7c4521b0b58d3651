import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDb } from "@congdoan/db";
import { ensureTable, seedDemo, startDynamo } from "@congdoan/local";
import { pluginSeedHooks } from "../functions/api/src/local/plugin-seeds";
import { registeredPlugins } from "../functions/api/src/plugin-host/registry";
import { buildApiBundle } from "../infra/src/bundle/build-api.mjs";
import { type BundleSizes, bundleSizes } from "./bundle-sizes";

/**
 * The API's Lambda bundle, built by the CDK stack's own build script (ESM, minified, node22, split
 * into a handler and chunks, the AWS SDK left to the runtime), against a minimal Hono Lambda bundle
 * built the same way in the same run:
 * - size: what a cold start reads (the handler and the chunks it imports statically) and the whole asset;
 * - time from a cold `node` process to the answer of a first request against DynamoDB Local:
 *   /api/health (the host alone, reads the table) and a module's public board (which also imports
 *   that module's chunk).
 * Printed as ratios; nothing is asserted.
 */
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, ".out");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BOARD = "/api/public/ha-noi/m/emulation/scoreboards/cluster-ranking";

async function bundle(entry: string, dir: string): Promise<BundleSizes> {
  // The very build the CDK stack deploys (infra/src/bundle/build-api.mjs), minus the source maps.
  const result = await buildApiBundle(entry, join(out, dir), {
    sourcemap: false,
    logLevel: "silent",
    metafile: true,
  });
  return bundleSizes(result.metafile!);
}

/** A cold process: import the bundle, send one API Gateway event; milliseconds to the import and to the answer. */
function coldStart(
  dir: string,
  path: string,
  env: Record<string, string>,
): { imported: number; answered: number } {
  const probe = join(out, dir, "probe.mjs");
  writeFileSync(
    probe,
    `const t0 = performance.now();
const { handler } = await import("./index.mjs");
const imported = performance.now() - t0;
const res = await handler({ version: "2.0", routeKey: "$default", rawPath: "${path}", rawQueryString: "",
  headers: { host: "bench" }, requestContext: { http: { method: "GET", path: "${path}", sourceIp: "127.0.0.1" },
  requestId: "b", stage: "$default", timeEpoch: 0 }, isBase64Encoded: false }, {});
if (res.statusCode !== 200) { console.error(res.statusCode, res.body); process.exit(1); }
console.log(JSON.stringify({ imported, answered: performance.now() - t0 }));`,
  );
  const run = spawnSync(process.execPath, [probe], { env: { ...process.env, ...env }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${dir}${path}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
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
  writeFileSync(
    join(out, "minimal-board.ts"),
    `import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { DynamoDBClient, DescribeTableCommand } from "@aws-sdk/client-dynamodb";
const db = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, region: "local", credentials: { accessKeyId: "l", secretAccessKey: "l" } });
const app = new Hono();
app.get("*", async (c) => { await db.send(new DescribeTableCommand({ TableName: process.env.TABLE_NAME })); return c.json({ status: "ok" }); });
export const handler = handle(app);`,
  );
  const api = await bundle(join(here, "../functions/api/src/lambda.ts"), "api");
  const minimal = await bundle(join(out, "minimal.ts"), "minimal");
  await bundle(join(out, "minimal-board.ts"), "minimal-board");

  const dynamo = await startDynamo();
  try {
    const db = createDb({ endpoint: dynamo.endpoint, tableName: "bench-lambda" });
    await ensureTable(db);
    await seedDemo(db, pluginSeedHooks(registeredPlugins));
    const env = {
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      JWT_SECRET: "b".repeat(48),
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_REGION: "local",
      LOG_LEVEL: "silent",
    };
    type Run = { imported: number; answered: number };
    const runs = { api: [] as Run[], minimal: [] as Run[], apiBoard: [] as Run[], minimalBoard: [] as Run[] };
    for (let i = 0; i < RUNS; i++) {
      runs.minimal.push(coldStart("minimal", "/api/health", env));
      runs.api.push(coldStart("api", "/api/health", env));
      runs.minimalBoard.push(coldStart("minimal-board", BOARD, env));
      runs.apiBoard.push(coldStart("api", BOARD, env));
    }
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`.padStart(7);
    const answered = (r: Run[]) => median(r.map((x) => x.answered));
    const imported = (r: Run[]) => median(r.map((x) => x.imported));
    const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(7);
    const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
    const timeLine = (label: string, api: Run[], minimal: Run[], note = "") =>
      console.log(
        `  ${label.padEnd(18)} API ${ms(answered(api))}   minimal Hono ${ms(answered(minimal))}   ${ratio(answered(api), answered(minimal))}` +
          `   (import ${ms(imported(api)).trim()} vs ${ms(imported(minimal)).trim()})${note}`,
      );
    console.log(
      `Lambda bundle (ESM, minified, node22, split, AWS SDK from the runtime); median of ${RUNS} cold processes`,
    );
    console.log(
      `  read at cold start  API ${kb(api.cold)}   minimal Hono ${kb(minimal.cold)}   ${ratio(api.cold, minimal.cold)}   (goal < 400 KB)`,
    );
    console.log(
      `  whole asset         API ${kb(api.total)}   minimal Hono ${kb(minimal.total)}   ${ratio(api.total, minimal.total)}   (every module's chunk included)`,
    );
    timeLine("cold /api/health", runs.api, runs.minimal);
    timeLine("cold module board", runs.apiBoard, runs.minimalBoard, ` ${BOARD}`);
  } finally {
    await dynamo.stop();
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
