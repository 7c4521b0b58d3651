import { randomBytes } from "node:crypto";
import { createDb, type Db } from "@congdoan/db";
import { inject } from "vitest";
import { ensureTable } from "./table";

/** A fresh, empty table on the shared test instance, named so that parallel files never collide. */
export async function createTestDb(label = "test"): Promise<Db> {
  const endpoint = inject("dynamoEndpoint");
  if (!endpoint)
    throw new Error("No DynamoDB Local: run tests through the root vitest config (globalSetup).");
  const tableName = `${label.replace(/[^a-zA-Z0-9_.-]/g, "_")}_${randomBytes(4).toString("hex")}`;
  const db = createDb({ endpoint, tableName });
  await ensureTable(db);
  return db;
}
