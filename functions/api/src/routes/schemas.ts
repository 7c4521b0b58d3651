import { z } from "@hono/zod-openapi";

/** Shapes shared by several routes, named so they appear once in the OpenAPI document. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "tenant_not_found" }),
      message: z.string().openapi({ example: "Không tìm thấy liên đoàn lao động có mã “abc”." }),
      fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
    requestId: z.string(),
  })
  .openapi("Error");

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

export const errorResponses = {
  400: { description: "Dữ liệu không hợp lệ", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "Không tìm thấy", content: { "application/json": { schema: ErrorSchema } } },
} as const;
