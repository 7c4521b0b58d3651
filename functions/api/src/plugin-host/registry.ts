import democracy from "@congdoan/plugin-democracy";
import scholarships from "@congdoan/plugin-scholarships";
import type { AnyPlugin } from "@congdoan/plugin-sdk";

/**
 * The modules this product ships, one line each. Removing a plugin is: delete its folder under
 * `plugins/` and its line here. Nothing else in the host names a plugin.
 */
export const registeredPlugins: AnyPlugin[] = [democracy as AnyPlugin, scholarships as AnyPlugin];
