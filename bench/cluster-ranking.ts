import type { AddressInfo } from "node:net";
import { createApp } from "@congdoan/api/app";
import { createDb, namespaces, TenantRegistry, TenantStore } from "@congdoan/db";
import { ensureTable, startDynamo } from "@congdoan/local";
import emulation from "@congdoan/plugin-emulation";
import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { serve } from "@hono/node-server";

/**
 * The public cluster ranking of a tenant with 5.000 units in 50 clusters, served over HTTP by the
 * real app on 127.0.0.1, against the same JSON as a static answer from the same server (the floor:
 * no table, no JSON building). Measured with the host's scoreboard cache on (default) and off
 * (`scoreboardCacheMs: 0`), and kept for ten minutes (no expiry inside a run: what the default costs
 * beyond a warm copy is its reloads every 10 s, where concurrent misses all load). A bounded loop of CONNECTIONS concurrent fetches for SECONDS each.
 * Printed: requests/second, the ratio (goal: the board at most 1,5× slower than the static file)
 * and the DynamoDB requests per read. Nothing is asserted.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLUSTERS = 50;
const UNITS_PER_CLUSTER = 100;
const YEAR = "2024-2025";
const BOARD_PATH = "/api/public/ha-noi/m/emulation/scoreboards/cluster-ranking";
const STATIC_PATH = "/bench/cluster-ranking.json";

const vi = (n: number, digits = 0) =>
  n.toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Counts every request the app sends to DynamoDB, through either client. */
function countRequests(db: ReturnType<typeof createDb>) {
  const counter = { requests: 0 };
  for (const client of [db.doc, db.raw] as { send: (...args: unknown[]) => unknown }[]) {
    const send = client.send.bind(client);
    client.send = (...args: unknown[]) => {
      counter.requests++;
      return send(...args);
    };
  }
  return counter;
}

async function arrange(db: ReturnType<typeof createDb>) {
  await new TenantRegistry(db).create({
    id: "ha-noi",
    name: "Liên đoàn Lao động thành phố Hà Nội",
    shortName: "LĐLĐ Hà Nội",
    status: "active",
    schoolYear: { startMonth: 9, startDay: 5 },
    modules: { emulation: { enabled: true, settings: {} } },
  });
  const store = new TenantStore(db, "ha-noi", namespaces.plugin("emulation"));
  await store.create({ pk: ["BOARD"], sk: ["RANK-YEARS"] }, "ranking-years", { years: [YEAR] });
  for (let c = 0; c < CLUSTERS; c++) {
    const rows = Array.from({ length: UNITS_PER_CLUSTER }, (_, i) => ({
      rank: i + 1,
      unitId: `cdcs-${c}-${i}`,
      unitName: `CĐCS Trường Tiểu học số ${c * UNITS_PER_CLUSTER + i}`,
      score: 100 - i * 0.5,
      classification: i < 20 ? "xuat-sac" : "tot",
    }));
    await store.create({ pk: ["BOARD", "RANK", YEAR], sk: ["hai-tot", `cum-${c}`] }, "ranking-board", {
      movementId: "hai-tot",
      movementName: "Dạy tốt – Học tốt",
      schoolYear: YEAR,
      clusterId: `cum-${c}`,
      clusterName: `Cụm thi đua số ${c + 1}`,
      rows,
    });
  }
}

async function listen(
  cacheMs: number | undefined,
  db: ReturnType<typeof createDb>,
  staticBody: () => string,
) {
  const { app } = createApp({
    db,
    plugins: [emulation as AnyPlugin],
    log: { level: "silent" },
    ...(cacheMs === undefined ? {} : { scoreboardCacheMs: cacheMs }),
    extend: (hono) => {
      hono.get(STATIC_PATH, (c) =>
        c.body(staticBody(), 200, { "Content-Type": "application/json; charset=utf-8" }),
      );
    },
  });
  const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** CONNECTIONS loops, each one request at a time, for SECONDS. */
async function load(url: string): Promise<{ perSecond: number; requests: number; bytes: number }> {
  for (let i = 0; i < 5; i++) await (await fetch(url)).arrayBuffer();
  const until = performance.now() + SECONDS * 1000;
  let requests = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const res = await fetch(url);
        const body = await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
        requests++;
        bytes = body.byteLength;
      }
    }),
  );
  return { perSecond: requests / ((performance.now() - started) / 1000), requests, bytes };
}

async function main() {
  const dynamo = await startDynamo();
  try {
    const db = createDb({ endpoint: dynamo.endpoint, tableName: "bench-ranking" });
    await ensureTable(db);
    await arrange(db);
    const counter = countRequests(db);
    let staticJson = "";
    console.log(
      `Public cluster ranking: ${vi(CLUSTERS * UNITS_PER_CLUSTER)} units in ${CLUSTERS} clusters, ` +
        `${CONNECTIONS} connections × ${SECONDS} s, best of ${ROUNDS} alternated runs, DynamoDB Local, 127.0.0.1`,
    );
    for (const [label, cacheMs] of [
      ["host cache on (default)", undefined],
      ["host cache off (0 ms)", 0],
      ["host cache kept 10 min (never expires during a run)", 600_000],
    ] as const) {
      const server = await listen(cacheMs, db, () => staticJson);
      try {
        // The static file holds exactly what the board answers.
        staticJson = await (await fetch(`${server.url}${BOARD_PATH}`)).text();
        // Alternated (static, board, static, board), best of each: the order and the JIT do not decide.
        let dbRequests = 0;
        let board = { perSecond: 0, requests: 0, bytes: 0 };
        let floor = board;
        for (let round = 0; round < ROUNDS; round++) {
          const f = await load(`${server.url}${STATIC_PATH}`);
          if (f.perSecond > floor.perSecond) floor = f;
          const before = counter.requests;
          const b = await load(`${server.url}${BOARD_PATH}`);
          if (b.perSecond > board.perSecond) {
            board = b;
            dbRequests = counter.requests - before;
          }
        }
        const ratio = floor.perSecond / board.perSecond;
        console.log(`\n${label}`);
        console.log(
          `  board   ${vi(board.perSecond).padStart(8)} req/s  (${vi(board.requests)} requests, ${vi(board.bytes / 1024)} KB each)`,
        );
        console.log(`  static  ${vi(floor.perSecond).padStart(8)} req/s  (${vi(floor.requests)} requests)`);
        console.log(
          `  board is ${vi(ratio, 2)}× slower than the static file (goal ≤ 1,5×: ${ratio <= 1.5 ? "met" : "not met"})`,
        );
        console.log(
          `  DynamoDB requests: ${vi(dbRequests)} for ${vi(board.requests + 5)} board reads = ${vi(dbRequests / (board.requests + 5), 3)} per read`,
        );
      } finally {
        await server.close();
      }
    }
  } finally {
    await dynamo.stop();
  }
}

void main();
