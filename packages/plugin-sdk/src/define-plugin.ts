import type { z } from "zod";
import type { PluginDefinition } from "./types";

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
