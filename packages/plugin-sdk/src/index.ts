export { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
export * from "./define-plugin";
export * from "./guarded-route";
export * from "./openapi-helpers";
export * from "./paging";
export * from "./services";
export * from "./settings-labels";
export * from "./types";
export * from "./uploads";
