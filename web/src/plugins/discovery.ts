import type { WebPluginDefinition } from "@congdoan/plugin-sdk/web";

export type WebPluginLoader = () => Promise<unknown>;

// Matches the tail of a glob key such as "../../../plugins/emulation/web/index.tsx".
const GLOB_KEY = /(?:^|\/)plugins\/([^/]+)\/web\/index\.tsx$/;

/** The plugin id is its folder name, so the key alone identifies the plugin without loading it. */
export function pluginIdFromGlobKey(key: string): string | undefined {
  return GLOB_KEY.exec(key)?.[1];
}

/** Turns `import.meta.glob` output into loaders keyed by plugin id; unrelated keys are ignored. */
export function mapPluginLoaders(glob: Record<string, WebPluginLoader>): Map<string, WebPluginLoader> {
  const loaders = new Map<string, WebPluginLoader>();
  for (const [key, loader] of Object.entries(glob)) {
    const id = pluginIdFromGlobKey(key);
    if (id) loaders.set(id, loader);
  }
  return loaders;
}

function isWebPluginDefinition(value: unknown): value is WebPluginDefinition {
  if (typeof value !== "object" || value === null) return false;
  const def = value as Partial<WebPluginDefinition>;
  return typeof def.id === "string" && Array.isArray(def.routes);
}

/**
 * Loads and checks a plugin's web entry. Resolves to undefined when the plugin has no web
 * entry; rejects when the entry is malformed, so a packaging mistake is loud, not a blank page.
 */
export async function loadPluginFrom(
  loaders: ReadonlyMap<string, WebPluginLoader>,
  id: string,
): Promise<WebPluginDefinition | undefined> {
  const loader = loaders.get(id);
  if (!loader) return undefined;
  const mod = (await loader()) as { default?: unknown } | undefined;
  const def = mod?.default;
  if (!isWebPluginDefinition(def)) {
    throw new Error(`plugins/${id}/web/index.tsx must default-export defineWebPlugin({...})`);
  }
  if (def.id !== id) {
    throw new Error(`plugins/${id}/web/index.tsx declares id "${def.id}"; it must equal the folder name`);
  }
  return def;
}
