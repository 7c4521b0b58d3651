import { mkdir, mkdtemp, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sweepPendingUploads } from "./sweep-pending-uploads";

const DAY = 24 * 60 * 60 * 1000;

describe("sweepPendingUploads", () => {
  it("removes pending uploads older than two days and keeps the recent ones", async () => {
    const root = await mkdtemp(join(tmpdir(), "uploads-"));
    const dir = join(root, "tmp", "ha-noi", "democracy");
    await mkdir(dir, { recursive: true });
    const now = Date.now();
    for (const [name, ageDays] of [
      ["old", 3],
      ["old.json", 3],
      ["fresh", 1],
      ["fresh.json", 1],
    ] as const) {
      await writeFile(join(dir, name), "x");
      const when = new Date(now - ageDays * DAY);
      await utimes(join(dir, name), when, when);
    }
    expect(await sweepPendingUploads(root, now)).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(["fresh", "fresh.json"]);
  });

  it("finds nothing to do when no upload was ever made", async () => {
    const root = await mkdtemp(join(tmpdir(), "uploads-"));
    expect(await sweepPendingUploads(join(root, "absent"))).toBe(0);
  });
});
