import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createDb } from "@congdoan/db";
import { ensureTable, seedDemo, startDynamo } from "@congdoan/local";
import type { TestProject } from "vitest/node";
import { buildWebIfStale } from "../functions/api/src/local/build-web";
import { demoAccountsSeed } from "../functions/api/src/local/demo-accounts";
import { repoRoot, webDist } from "../functions/api/src/local/paths";
import { pluginSeedHooks } from "../functions/api/src/local/plugin-seeds";
import { startLocalServer } from "../functions/api/src/local/server";
import { registeredPlugins } from "../functions/api/src/plugin-host/registry";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    artifactsDir: string;
  }
}

/**
 * The product as `npm start` runs it — DynamoDB Local, seeded demo tenants, the built web app and
 * the API on one port — but in memory and on a free port, for the browser journeys.
 */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamo();
  const db = createDb({ endpoint: dynamo.endpoint, tableName: "congdoan-e2e" });
  await ensureTable(db);
  await seedDemo(db, [demoAccountsSeed, ...pluginSeedHooks(registeredPlugins)]);
  await buildWebIfStale(() => {});
  const { server, url } = await startLocalServer({
    db,
    plugins: registeredPlugins,
    port: 0,
    webDist,
    log: { level: "warn" },
  });
  const artifactsDir = join(repoRoot, ".test-artifacts");
  mkdirSync(artifactsDir, { recursive: true });
  project.provide("baseUrl", url);
  project.provide("artifactsDir", artifactsDir);
  return async () => {
    await new Promise((resolve) => server.close(resolve));
    await dynamo.stop();
  };
}
