import type { LocalizedText } from "@congdoan/core";
import type { z } from "zod";

/**
 * A setting with its label (and hint) for the settings page, in both languages. They travel in the
 * settings' JSON Schema as `x-label` / `x-hint`, which the shell's settings form reads.
 */
export function setting<T extends z.ZodType>(schema: T, label: LocalizedText, hint?: LocalizedText): T {
  return schema.meta({ "x-label": label, ...(hint ? { "x-hint": hint } : {}) }) as T;
}
