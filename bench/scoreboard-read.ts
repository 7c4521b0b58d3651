import { createApp } from "@congdoan/api/app";
import { createDb, TenantRegistry } from "@congdoan/db";
import { ensureTable, startDynamo } from "@congdoan/local";
import { guestbookPlugin } from "@congdoan/plugin-sdk/testing";

/**
 * Public scoreboard reads, three ways, in one run on this machine:
 *   baseline  — every view loads the board from DynamoDB Local (cache disabled)
 *   cached    — the host's short in-process copy
 *   revalidate — a browser/CDN that sends If-None-Match and gets 304
 * Printed as requests/second and as ratios to the baseline; no absolute threshold is asserted.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);

async function measure(label: string, fn: () => Response | Promise<Response>) {
  for (let i = 0; i < 20; i++) await fn();
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i++) {
    const res = await fn();
    if (res.status !== 200 && res.status !== 304) throw new Error(`${label}: HTTP ${res.status}`);
    await res.arrayBuffer();
  }
  const seconds = (performance.now() - started) / 1000;
  return { label, perSecond: REQUESTS / seconds };
}

async function main() {
  const dynamo = await startDynamo();
  try {
    const db = createDb({ endpoint: dynamo.endpoint, tableName: "bench" });
    await ensureTable(db);
    await new TenantRegistry(db).create({
      id: "ha-noi",
      name: "Liên đoàn Lao động thành phố Hà Nội",
      shortName: "LĐLĐ Hà Nội",
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: { guestbook: { enabled: true, settings: {} } },
    });
    const noCacheApp = createApp({
      db,
      plugins: [guestbookPlugin],
      scoreboardCacheMs: 0,
      log: { level: "silent" },
    });
    const cachedApp = createApp({ db, plugins: [guestbookPlugin], log: { level: "silent" } });
    for (let i = 0; i < 30; i++) {
      await cachedApp.app.request("/api/t/ha-noi/m/guestbook/entries", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ id: `e${i}`, unit: `CĐCS số ${i % 7}`, message: "Chúc mừng" }),
      });
    }
    const path = "/api/public/ha-noi/m/guestbook/scoreboards/entries-per-unit";
    const etag = (await cachedApp.app.request(path)).headers.get("etag") ?? "";
    const results = [
      await measure("baseline (no cache)", () => noCacheApp.app.request(path)),
      await measure("in-process cache", () => cachedApp.app.request(path)),
      await measure("If-None-Match → 304", () =>
        cachedApp.app.request(path, { headers: { "If-None-Match": etag } }),
      ),
    ];
    const base = results[0]!.perSecond;
    console.log(
      `Public scoreboard reads (${REQUESTS} sequential requests each, DynamoDB Local on this machine)`,
    );
    for (const r of results) {
      console.log(
        `  ${r.label.padEnd(22)} ${r.perSecond.toFixed(0).padStart(7)} req/s   ×${(r.perSecond / base).toFixed(1)}`,
      );
    }
  } finally {
    await dynamo.stop();
  }
}

void main();
