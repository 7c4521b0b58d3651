import { z } from "zod";
import { slugSchema } from "./common";

export const moduleStateSchema = z.object({
  enabled: z.boolean(),
  /** Validated by the plugin's own settings schema when the module is switched on or edited. */
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type ModuleState = z.infer<typeof moduleStateSchema>;

export const schoolYearRuleSchema = z.object({
  startMonth: z.number().int().min(1).max(12),
  startDay: z.number().int().min(1).max(28),
});

export const tenantSchema = z.object({
  id: slugSchema,
  name: z.string().min(3).max(200),
  shortName: z.string().min(2).max(80),
  status: z.enum(["active", "suspended"]),
  schoolYear: schoolYearRuleSchema.default({ startMonth: 9, startDay: 5 }),
  modules: z.record(z.string(), moduleStateSchema).default({}),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** What anyone may know about a tenant: no settings, no status details. */
export const publicTenantSchema = tenantSchema.pick({ id: true, name: true, shortName: true });
export type PublicTenant = z.infer<typeof publicTenantSchema>;
