import { createPluginHarness, type PluginHarness } from "@congdoan/plugin-sdk/testing";
import { beforeAll, describe, expect, it } from "vitest";
import plugin from "./index";
import { keys } from "./keys";
import { settingsSchema } from "./settings";

/**
 * What a public read costs: the ranking of 5.000 units in 50 clusters must stay at two DynamoDB
 * requests (one get, one query) however many units the tenant has.
 */
let h: PluginHarness;

beforeAll(async () => {
  h = await createPluginHarness(plugin);
  await h.store.create(keys.rankingYears, "ranking-years", { years: ["2024-2025"] });
  for (let c = 0; c < 50; c++) {
    const rows = Array.from({ length: 100 }, (_, i) => ({
      rank: i + 1,
      unitId: `cdcs-${c}-${i}`,
      unitName: `CĐCS Trường Tiểu học số ${c * 100 + i}`,
      score: 100 - i * 0.5,
      classification: i < 20 ? "xuat-sac" : "tot",
    }));
    await h.store.create(keys.rankingBoard("2024-2025", "hai-tot", `cum-${c}`), "ranking-board", {
      movementId: "hai-tot",
      movementName: "Dạy tốt – Học tốt",
      schoolYear: "2024-2025",
      clusterId: `cum-${c}`,
      clusterName: `Cụm thi đua số ${c + 1}`,
      rows,
    });
  }
}, 120_000);

describe("public boards are cheap", () => {
  it("reads the ranking of 5.000 units in 50 clusters with two DynamoDB requests", async () => {
    const send = h.db.doc.send.bind(h.db.doc);
    let requests = 0;
    (h.db.doc as { send: unknown }).send = (...args: Parameters<typeof send>) => {
      requests++;
      return send(...args);
    };
    const load = (await plugin.server()).scoreboards!["cluster-ranking"]!;
    const started = performance.now();
    const data = (await load({
      tenant: h.tenant,
      store: h.store,
      settings: settingsSchema.parse({}),
      units: {
        all: async () => [],
        get: async () => undefined,
        subtree: async () => [],
        childrenOf: async () => [],
        ancestors: async () => [],
      },
    })) as { rows: unknown[] };
    const ms = performance.now() - started;
    (h.db.doc as { send: unknown }).send = send;
    expect(data.rows).toHaveLength(5000);
    expect(requests).toBe(2);
    console.info(`cluster-ranking: 5.000 rows, ${requests} DynamoDB requests, ${ms.toFixed(0)} ms`);
  });

  it("answers the public URL with ETag and Cache-Control, then 304", async () => {
    const res = await h.publicRequest("/scoreboards/cluster-ranking");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toMatch(/public/);
    const again = await h.publicRequest("/scoreboards/cluster-ranking", {
      headers: { "If-None-Match": res.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });
});
