import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { createTestDb } from "@congdoan/local/test-setup";
import { guestbookPlugin } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";
import { createApp } from "../app";
import { repoRoot } from "../local/paths";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("plugins are removable", () => {
  it("the host builds and serves with no plugin at all", async () => {
    const { app } = createApp({ db: await createTestDb("no_plugins"), plugins: [] });
    expect((await app.request("/api/health")).status).toBe(200);
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    const modulePaths = Object.keys(doc.paths).filter(
      (p) => p.includes("/m/") && !p.includes("/m/{module}/"),
    );
    expect(modulePaths).toEqual([]);
  });

  it("adding a plugin adds its routes; removing it removes them", async () => {
    const db = await createTestDb("with_plugin");
    const withIt = createApp({ db, plugins: [guestbookPlugin] }).app;
    const without = createApp({ db, plugins: [] }).app;
    const paths = async (app: typeof withIt) =>
      Object.keys(((await (await app.request("/api/openapi.json")).json()) as { paths: object }).paths);
    expect(await paths(withIt)).toContain("/api/t/{tenant}/m/guestbook/entries");
    expect(await paths(without)).not.toContain("/api/t/{tenant}/m/guestbook/entries");
  });

  it("no host file names a plugin except the one registry file", () => {
    const hostDirs = ["functions", "packages", "web/src", "infra/src", "e2e"].map((d) => join(repoRoot, d));
    const offenders = hostDirs
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith(join("plugin-host", "registry.ts")))
      .filter((file) =>
        /from\s+["'](@congdoan\/plugin-(?!sdk)|(\.\.\/){3,}plugins\/)/.test(readFileSync(file, "utf8")),
      )
      .map((file) => relative(repoRoot, file));
    expect(offenders).toEqual([]);
  });
});
