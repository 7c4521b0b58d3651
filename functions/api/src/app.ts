import "./context";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corePermissions, fieldErrorsOf, PermissionTable, ValidationError } from "@congdoan/core";
import { type Db, TenantRegistry } from "@congdoan/db";
import type { AnyPlugin, FileStore } from "@congdoan/plugin-sdk";
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import { requestId } from "hono/request-id";
import { auditRoutes } from "./audit/audit-routes";
import { type DataAccess, singleDb } from "./data-access";
import { MAX_FILE_BYTES } from "./files/file-rules";
import { LOCAL_UPLOAD_PATH, localFiles } from "./files/local-files";
import { anonymous, authenticate, bindPlatformDb, bindTenantDb } from "./identity/authenticate";
import { authRoutes } from "./identity/routes/auth-routes";
import { userRoutes } from "./identity/routes/user-routes";
import type { JwtKeyInput } from "./identity/tokens";
import { UnitTreeCache } from "./identity/unit-tree";
import { memberRoutes } from "./members/member-routes";
import { limitBody } from "./middleware/body-limit";
import { mapError } from "./middleware/error-mapper";
import { notFoundHandler } from "./middleware/error-mapper/not-found";
import { locale } from "./middleware/locale";
import { type LogOptions, requestLogger } from "./middleware/logger";
import { securityHeaders } from "./middleware/security-headers";
import { resolveTenant } from "./middleware/tenant";
import { usePlatformTenant } from "./platform/platform-context";
import { platformRoutes } from "./platform/platform-routes";
import { mountPlugins } from "./plugin-host/mount-plugins";
import { ScoreboardCache } from "./plugin-host/scoreboard-cache";
import { mountDocs } from "./routes/docs";
import { healthRoutes } from "./routes/health";
import { publicRoutes } from "./routes/public";
import { tenantShellRoutes } from "./routes/tenant-shell";
import { moduleRoutes } from "./tenants/module-routes";
import { TenantCache } from "./tenants/tenant-cache";
import { unitRoutes } from "./units/unit-routes";

export { provisionAccount } from "./identity/provision";
export { seedMember } from "./members/seed-member";
export { switchModule } from "./tenants/module-switch";

export interface AppOptions {
  /** The table as the operator sees it: health checks, and everything when `data` is not given. */
  db: Db;
  /** Per-tenant and platform access (scoped credentials in the cloud); defaults to `db` for all. */
  data?: DataAccess;
  plugins: readonly AnyPlugin[];
  bodyLimitBytes?: number;
  /** Extra routes registered after the API (the local server's static web app). */
  extend?: (app: Hono) => void;
  log?: LogOptions;
  /** HS256 key(s) for access tokens (see JwtKeys); a random one per process when omitted (tests). */
  jwtSecret?: JwtKeyInput;
  /**
   * Where plugins' attached files go; when omitted (tests, e2e), a temporary folder with the local
   * stand-in for browser uploads mounted at /api/uploads/local.
   */
  files?: (tenant: string, plugin: string) => FileStore;
  /** The local stand-in for S3's presigned POST (localFiles().uploadRoutes), for the local server. */
  uploadRoutes?: Hono;
  /** Origin browsers upload files to (the uploads bucket in the cloud), allowed by CSP connect-src. */
  uploadOrigin?: string;
  /** How long a public scoreboard is kept in process; 0 reads it from the table on every view. */
  scoreboardCacheMs?: number;
}

export interface App {
  app: OpenAPIHono;
  tenants: TenantCache;
  boards: ScoreboardCache;
  trees: UnitTreeCache;
  permissions: PermissionTable;
}

/**
 * The whole API as one Hono app: the same object serves Lambda (`lambda.ts`) and the local Node
 * server (`local/server.ts`). Middleware order: request id → locale → log → errors → security
 * headers → body limit → tenant → module gate (inside each plugin's mount).
 */
export function createApp(options: AppOptions): App {
  const data = options.data ?? singleDb(options.db);
  const registry = async () => new TenantRegistry(await data.platform());
  const tenants = new TenantCache(registry);
  const boards = new ScoreboardCache(options.scoreboardCacheMs);
  const trees = new UnitTreeCache();
  const permissions = new PermissionTable(corePermissions, ...options.plugins.map((p) => p.permissions));
  const identity = { data, secret: options.jwtSecret ?? randomBytes(32), permissions, trees };
  const tenantScope = [resolveTenant(tenants), bindTenantDb(data)] as const;
  const app = new OpenAPIHono({ defaultHook: refuseInvalidInput });

  const files = options.files ? { files: options.files, uploadRoutes: options.uploadRoutes } : defaultFiles();
  app.use(
    "*",
    requestId(),
    locale(),
    requestLogger(options.log),
    securityHeaders(options.uploadOrigin ? { uploadOrigin: options.uploadOrigin } : {}),
  );
  // Member files come as base64 JSON and may be a few MB; everything else keeps the tight default.
  const importLimit = limitBody(16 * 1024 * 1024);
  // A local upload form carries one file of at most 10 MB plus its fields and multipart framing.
  const uploadLimit = limitBody(MAX_FILE_BYTES + 64 * 1024);
  const defaultLimit = limitBody(options.bodyLimitBytes);
  app.use("/api/*", (c, next) =>
    (c.req.path === LOCAL_UPLOAD_PATH
      ? uploadLimit
      : /\/members\/import\/(preview|confirm)$|^\/api\/platform\/tenants\/[^/]+\/import$/.test(c.req.path)
        ? importLimit
        : defaultLimit)(c, next),
  );
  // "/:tenant/*" also matches "/:tenant" itself, so one registration covers both.
  app.use("/api/t/:tenant/*", ...tenantScope, authenticate(identity));
  // Operators sign in like anyone (/api/t/platform/auth); their routes then act with the platform's access.
  app.use(
    "/api/platform/*",
    usePlatformTenant(),
    bindTenantDb(data),
    authenticate(identity),
    bindPlatformDb(data),
  );
  app.use("/api/public/:tenant/*", ...tenantScope, anonymous(permissions, trees));

  app.route("/", healthRoutes(options.db));
  app.route("/", publicRoutes({ registry, plugins: options.plugins, boards, trees }));
  app.route("/", tenantShellRoutes(options.plugins));
  app.route("/", authRoutes(identity));
  app.route("/", userRoutes(identity));
  app.route("/", unitRoutes(identity));
  app.route("/", memberRoutes(identity));
  app.route("/", auditRoutes(identity));
  app.route(
    "/",
    moduleRoutes({
      ...identity,
      plugins: options.plugins,
      tenants,
      onChange: (tenant) => {
        tenants.invalidate(tenant);
        boards.invalidate(tenant);
      },
    }),
  );
  app.route(
    "/",
    platformRoutes({
      ...identity,
      plugins: options.plugins,
      onChange: (tenant) => {
        tenants.invalidate(tenant);
        boards.invalidate(tenant);
        trees.invalidate(tenant);
      },
    }),
  );
  // Checked by the form's signature, like S3: no tenant or session in the path.
  if (files.uploadRoutes) app.route(LOCAL_UPLOAD_PATH, files.uploadRoutes);
  const modules = mountPlugins(app, options.plugins, {
    trees,
    boards,
    files: files.files,
    validationHook: refuseInvalidInput,
  });
  mountDocs(app, modules);

  options.extend?.(app as unknown as Hono);
  app.onError(mapError);
  app.notFound(notFoundHandler(() => app.routes));
  return { app, tenants, boards, trees, permissions };
}

/** Input that fails its zod schema is refused with every field's message in the caller's language. */
const refuseInvalidInput: NonNullable<ConstructorParameters<typeof OpenAPIHono>[0]>["defaultHook"] = (
  result,
  c,
) => {
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error, c.get("locale") ?? "vi"));
};

function defaultFiles() {
  return localFiles(join(tmpdir(), `congdoan-files-${process.pid}`));
}
