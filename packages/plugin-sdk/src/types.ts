import type { Locale, LocalizedText, PermissionDefinition, Principal, Tenant } from "@congdoan/core";
import type { Db, TenantStore } from "@congdoan/db";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { z } from "zod";
import type { AuditTrail, FileStore, MemberDirectory, UnitDirectory } from "./services";

/** What every handler of a plugin finds on the Hono context (`c.var`). */
export interface PluginVariables<Settings = unknown> {
  tenant: Tenant;
  /** Already scoped to `T#<tenant>#M#<plugin>#…`: the plugin cannot address anything else. */
  store: TenantStore;
  /** The tenant's settings for this plugin, parsed by the plugin's own schema. */
  settings: Settings;
  locale: Locale;
  requestId: string;
  /** Who is calling, checked by the host; absent on public routes. */
  user: Principal | undefined;
  /** The host's one permission check (`can`), bound to this request's user and tenant tree. */
  access: Access;
  units: UnitDirectory;
  members: MemberDirectory;
  audit: AuditTrail;
  files: FileStore;
  /** Drops this tenant's cached public scoreboards of this plugin after a write that changes them. */
  invalidateScoreboards(): void;
}

/** Permission checks as a plugin sees them; the host implements them with `can(user, permission, unit)`. */
export interface Access {
  /** Throws 401 when nobody is signed in, 403 when the user lacks the permission (at `unitId`, or anywhere). */
  require(permission: string, unitId?: string): Promise<void>;
  can(permission: string, unitId?: string): Promise<boolean>;
  /** Units whose subtrees the user may act on with this permission. */
  scopes(permission: string): string[];
  /** Every unit id in the subtrees where the user holds the permission. */
  unitsWithin(permission: string): Promise<Set<string>>;
}

export interface PluginEnv<Settings = unknown> {
  Variables: PluginVariables<Settings>;
}

export type PluginApp<Settings = unknown> = OpenAPIHono<PluginEnv<Settings>>;

/** Given to lifecycle hooks and scoreboard loaders, which run outside a request's routes. */
export interface PluginContext<Settings = unknown> {
  tenant: Tenant;
  units: UnitDirectory;
  store: TenantStore;
  settings: Settings;
}

/** Seeding demo data for a module: the tenant's full store is not given, only the plugin's own. */
export interface PluginSeedContext<Settings = unknown> extends PluginContext<Settings> {
  db: Db;
}

/** A public board as the portal lists it; its data comes from the loader of the same id in `PluginServer`. */
export interface ScoreboardDefinition {
  /** URL segment: `/api/public/<tenant>/m/<plugin>/scoreboards/<id>`. */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
}

/**
 * Returns a public aggregate. It must be cheap (a precomputed item: one or two reads) and never
 * contain a person's data; the host adds ETag, Cache-Control and a short in-process cache.
 */
export type ScoreboardLoader<Settings = unknown> = (ctx: PluginContext<Settings>) => Promise<unknown>;

/**
 * A module's server side: routes, scoreboard loaders, hooks and demo data. The host imports it the
 * first time one of them is needed, so starting the API (a Lambda cold start) reads only the
 * modules' definitions, and a request to one module never loads the others.
 */
export interface PluginServer<Settings = unknown> {
  routes?: (app: PluginApp<Settings>) => void;
  publicRoutes?: (app: PluginApp<Settings>) => void;
  /** One loader for each scoreboard the definition declares, by its id. */
  scoreboards?: Record<string, ScoreboardLoader<Settings>>;
  onEnable?: (ctx: PluginContext<Settings>) => Promise<void>;
  /** Disabling hides a module; it must never delete the module's data. */
  onDisable?: (ctx: PluginContext<Settings>) => Promise<void>;
  /** Demo data for `npm start`; must be idempotent. */
  seed?: (ctx: PluginSeedContext<Settings>) => Promise<void>;
}

/**
 * What the host knows of a module without loading it: who it is, what it stores as settings, the
 * permissions it adds to the roles and the boards it publishes. Everything else is in `server`.
 */
export interface PluginDefinition<Schema extends z.ZodType = z.ZodType> {
  /** URL segment and storage namespace; also the folder name under `plugins/`. */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Per-tenant settings: one schema is the single source of validation, types and defaults. */
  settings: Schema;
  /** Permission keys must start with `<id>.`; each names the roles that hold it. */
  permissions: Record<string, PermissionDefinition>;
  scoreboards?: ScoreboardDefinition[];
  /** Whether `plugins/<id>/web/index.tsx` exists for the web shell to lazy-load. */
  web?: boolean;
  /** Imports the server side, usually `() => import("./server").then((m) => m.default)`. */
  server: () => Promise<PluginServer<z.infer<Schema>>>;
}

/** A plugin after `definePlugin`, with its schema type erased so the host can hold a list of them. */
export type AnyPlugin = PluginDefinition<z.ZodType>;
