import type { z } from "zod";
import type { PluginDefinition, PluginServer } from "./types";

const PLUGIN_ID = /^[a-z][a-z0-9-]{1,30}$/;
const RESERVED_IDS = new Set([
  "core",
  "public",
  "admin",
  "auth",
  "api",
  "units",
  "members",
  "users",
  "audit",
]);

export class PluginDefinitionError extends Error {
  constructor(pluginId: string, problem: string) {
    super(`Plugin “${pluginId}”: ${problem}`);
    this.name = "PluginDefinitionError";
  }
}

/**
 * Declares a module. Mistakes a host could only discover at run time (a bad id, a permission outside
 * the plugin's namespace, settings whose defaults do not validate) fail here, at start-up, with a
 * precise message.
 */
export function definePlugin<Schema extends z.ZodType>(
  definition: PluginDefinition<Schema>,
): PluginDefinition<Schema> {
  const { id } = definition;
  if (!PLUGIN_ID.test(id))
    throw new PluginDefinitionError(id, "id must be lower-case letters, digits and dashes");
  if (RESERVED_IDS.has(id)) throw new PluginDefinitionError(id, "id is reserved by the host");
  if (!definition.title.vi || !definition.title.en)
    throw new PluginDefinitionError(id, "title needs vi and en");
  for (const permission of Object.keys(definition.permissions)) {
    if (!permission.startsWith(`${id}.`)) {
      throw new PluginDefinitionError(id, `permission “${permission}” must start with “${id}.”`);
    }
  }
  const seen = new Set<string>();
  for (const board of definition.scoreboards ?? []) {
    if (!PLUGIN_ID.test(board.id))
      throw new PluginDefinitionError(id, `scoreboard id “${board.id}” is not a slug`);
    if (seen.has(board.id)) throw new PluginDefinitionError(id, `scoreboard “${board.id}” is declared twice`);
    seen.add(board.id);
  }
  const defaults = definition.settings.safeParse({});
  if (!defaults.success) {
    throw new PluginDefinitionError(id, "settings schema must accept {} (give every field a default)");
  }
  return definition;
}

/** Settings a tenant gets when it switches the module on without editing anything. */
export function defaultSettings<Schema extends z.ZodType>(plugin: PluginDefinition<Schema>): z.infer<Schema> {
  return plugin.settings.parse({});
}

/** Declares a module's server side (see `PluginServer`); typed by the module's settings. */
export function definePluginServer<Settings>(server: PluginServer<Settings>): PluginServer<Settings> {
  return server;
}

/**
 * The server side of a plugin, imported once and checked against its definition: a board the
 * portal lists must have a loader, and a loader must belong to a declared board.
 */
const loaded = new WeakMap<PluginDefinition<z.ZodType>, Promise<PluginServer<unknown>>>();

export function pluginServer(plugin: PluginDefinition<z.ZodType>): Promise<PluginServer<unknown>> {
  let server = loaded.get(plugin);
  if (!server) {
    server = plugin.server().then((s) => {
      const declared = new Set((plugin.scoreboards ?? []).map((b) => b.id));
      const loaders = Object.keys(s.scoreboards ?? {});
      for (const id of declared)
        if (!loaders.includes(id))
          throw new PluginDefinitionError(plugin.id, `scoreboard “${id}” has no loader`);
      for (const id of loaders)
        if (!declared.has(id))
          throw new PluginDefinitionError(plugin.id, `loader “${id}” is not a declared scoreboard`);
      return s as PluginServer<unknown>;
    });
    // A failed import (a bad deployment) is retried by the next request instead of being remembered.
    server.catch(() => loaded.delete(plugin));
    loaded.set(plugin, server);
  }
  return server;
}
