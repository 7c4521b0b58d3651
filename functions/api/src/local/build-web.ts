import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, webDist, webRoot } from "./paths";

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Sources of the SPA: the shell and every plugin's web pages. */
function webSourcesMtime(): number {
  const plugins = join(repoRoot, "plugins");
  const pluginWebs = existsSync(plugins)
    ? readdirSync(plugins).map((name) => newestMtime(join(plugins, name, "web")))
    : [];
  return Math.max(
    newestMtime(join(webRoot, "src")),
    statSync(join(webRoot, "index.html")).mtimeMs,
    ...pluginWebs,
  );
}

/** Builds web/dist when it is missing or older than its sources, so `npm start` always serves current pages. */
export async function buildWebIfStale(log: (line: string) => void): Promise<void> {
  const index = join(webDist, "index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= webSourcesMtime()) return;
  log("Đang dựng giao diện web (vite build)…");
  const { build } = await import("vite");
  await build({ root: webRoot, configFile: join(webRoot, "vite.config.ts"), logLevel: "warn" });
}
