import { describe, expect, it } from "vitest";
import { ScoreboardCache } from "./scoreboard-cache";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("ScoreboardCache", () => {
  it("loads once for many concurrent first readers", async () => {
    const cache = new ScoreboardCache(1_000);
    let loads = 0;
    const load = async () => {
      loads++;
      await tick();
      return { n: loads };
    };
    const boards = await Promise.all(Array.from({ length: 20 }, () => cache.get("ha-noi/m/b", load)));
    expect(loads).toBe(1);
    expect(new Set(boards.map((b) => b.etag)).size).toBe(1);
  });

  it("after expiry, one reader reloads while the others get the previous copy", async () => {
    const cache = new ScoreboardCache(1);
    let version = 0;
    let loads = 0;
    const load = async () => {
      loads++;
      await tick();
      return { version: ++version };
    };
    const first = await cache.get("ha-noi/m/b", load);
    await tick();
    const during = await Promise.all(Array.from({ length: 10 }, () => cache.get("ha-noi/m/b", load)));
    expect(during.every((b) => b.body === first.body)).toBe(true);
    await tick();
    await tick();
    expect(loads).toBe(2);
    const after = await cache.get("ha-noi/m/b", load);
    expect(JSON.parse(after.body)).toEqual({ version: 2 });
  });

  it("an invalidated board is never served again, not even while its reload runs", async () => {
    const cache = new ScoreboardCache(60_000);
    let value = "cũ";
    const load = async () => ({ value });
    await cache.get("ha-noi/scholarships/b", load);
    value = "mới";
    cache.invalidate("ha-noi", "scholarships");
    expect(JSON.parse((await cache.get("ha-noi/scholarships/b", load)).body)).toEqual({ value: "mới" });
  });

  it("with caching off, every read loads", async () => {
    const cache = new ScoreboardCache(0);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    await cache.get("k", load);
    await cache.get("k", load);
    expect(loads).toBe(2);
  });
});
