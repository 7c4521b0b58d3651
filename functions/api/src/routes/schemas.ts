import { z } from "@hono/zod-openapi";

/** Shapes shared by several routes, named so they appear once in the OpenAPI document. */
export { ErrorSchema } from "@congdoan/plugin-sdk";

export const LocalizedTextSchema = z.object({ vi: z.string(), en: z.string() }).openapi("LocalizedText");

export const PublicTenantSchema = z
  .object({ id: z.string().openapi({ example: "ha-noi" }), name: z.string(), shortName: z.string() })
  .openapi("PublicTenant");

export const ModuleSummarySchema = z
  .object({ id: z.string(), title: LocalizedTextSchema })
  .openapi("ModuleSummary");

export const TenantParamSchema = z.object({
  tenant: z.string().openapi({ param: { name: "tenant", in: "path" }, example: "ha-noi" }),
});

export { readErrors as errorResponses } from "@congdoan/plugin-sdk";
