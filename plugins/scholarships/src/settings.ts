import type { PluginApp, PluginEnv } from "@congdoan/plugin-sdk";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";

export const settingsSchema = z.object({
  /**
   * Months after a programme closes before children's and parents' personal data is erased, by
   * itself (0 = at closing).
   */
  retentionMonths: z.number().int().min(0).max(120).default(24),
  /** Reviewers per nomination for new programmes, when the programme does not say. */
  defaultReviewersPerNomination: z.number().int().min(1).max(5).default(2),
});
export type Settings = z.infer<typeof settingsSchema>;
export type App = PluginApp<Settings>;
export type Ctx = Context<PluginEnv<Settings>>;
