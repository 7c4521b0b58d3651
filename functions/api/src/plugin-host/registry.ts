import democracy from "@congdoan/plugin-democracy";
import emulation from "@congdoan/plugin-emulation";
import scholarships from "@congdoan/plugin-scholarships";
import type { AnyPlugin } from "@congdoan/plugin-sdk";

/**
 * The modules this product ships, one line each. Removing a plugin is: delete its folder under
 * `plugins/` and its line here. Nothing else in the host names a plugin.
 */
// biome-ignore format: one module per line, so removing one is removing a line
export const registeredPlugins: AnyPlugin[] = [
  emulation as AnyPlugin,
  scholarships as AnyPlugin,
  democracy as AnyPlugin,
];
