import type { WebPluginDefinition } from "@congdoan/plugin-sdk/web";
import { loadPluginFrom, mapPluginLoaders } from "./discovery";

// Vite expands this at build time into one lazy `import()` per matching file (one chunk per
// plugin), so a plugin's code is downloaded only when one of its pages is opened. Adding or
// deleting a plugins/<id>/ folder changes the result without any edit in web/. With no
// plugins at all it is simply an empty object. The path is relative to this file.
const loaders = mapPluginLoaders(import.meta.glob("../../../plugins/*/web/index.tsx"));

const cache = new Map<string, Promise<WebPluginDefinition | undefined>>();

export function hasWebPlugin(id: string): boolean {
  return loaders.has(id);
}

export function webPluginIds(): string[] {
  return [...loaders.keys()];
}

/** Loads a plugin's web definition once; undefined when the plugin has no web entry. */
export function loadWebPlugin(id: string): Promise<WebPluginDefinition | undefined> {
  let pending = cache.get(id);
  if (!pending) {
    pending = loadPluginFrom(loaders, id);
    // Do not keep a failure forever: a retry (e.g. after a network blip) should load again.
    pending.catch(() => cache.delete(id));
    cache.set(id, pending);
  }
  return pending;
}
