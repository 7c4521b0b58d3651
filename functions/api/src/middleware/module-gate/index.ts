import { type LocalizedText, ModuleDisabledError } from "@congdoan/core";
import { createMiddleware } from "hono/factory";

/**
 * A module's routes exist for every tenant but answer only where the tenant switched the module on.
 * Switching off hides the module; its data stays untouched.
 */
export function moduleGate(moduleId: string, moduleTitle: LocalizedText) {
  return createMiddleware(async (c, next) => {
    const tenant = c.get("tenant");
    if (!tenant.modules[moduleId]?.enabled)
      throw new ModuleDisabledError(moduleTitle[c.get("locale")], tenant.name);
    await next();
  });
}
