import { createDb, type Db } from "../client";
import { LruMap } from "./lru-map";
import type { RoleSession } from "./role-session";
import { DEFAULT_MAX_TENANTS, type TenantCredentialCache } from "./tenant-credential-cache";
import type { TemporaryCredentials } from "./types";

/** How the API host gets a table client for one tenant's request. */
export type TenantDbFactory = (tenant: string) => Promise<Db>;

export interface ScopedDbFactoryOptions {
  tableName: string;
  region?: string;
  cache: TenantCredentialCache;
}

/**
 * Cloud: a `Db` per tenant, signed with that tenant's scoped credentials. The client is rebuilt only
 * when the cache hands out new credentials (every ~13 minutes), not per request.
 */
export function scopedDbFactory(options: ScopedDbFactoryOptions): TenantDbFactory {
  const clients = new ClientsByCredentials(options.tableName, options.region);
  return async (tenant) => clients.dbFor(tenant, await options.cache.credentialsFor(tenant));
}

export interface PlatformDbFactoryOptions {
  tableName: string;
  region?: string;
  /** A session of the platform role (PLATFORM_ROLE_ARN), e.g. sessionName "platform". */
  session: RoleSession;
}

/** Cloud: the `Db` for platform operations (tenant list, tenant create/update), narrow by IAM. */
export function platformDbFactory(options: PlatformDbFactoryOptions): () => Promise<Db> {
  const clients = new ClientsByCredentials(options.tableName, options.region);
  return async () => clients.dbFor("platform", await options.session.credentials());
}

/**
 * Local (no role ARN): every tenant shares the one DynamoDB Local client. Isolation then rests on
 * the key builder alone, which the store tests cover; the IAM fence exists only in the cloud.
 */
export function localDbFactory(db: Db): TenantDbFactory & (() => Promise<Db>) {
  return async () => db;
}

class ClientsByCredentials {
  private readonly clients = new LruMap<string, { db: Db; credentials: TemporaryCredentials }>(
    DEFAULT_MAX_TENANTS,
  );

  constructor(
    private readonly tableName: string,
    private readonly region: string | undefined,
  ) {}

  dbFor(key: string, credentials: TemporaryCredentials): Db {
    const hit = this.clients.get(key);
    // The credential caches return the same object until they refresh, so identity means "unchanged".
    if (hit && hit.credentials === credentials) return hit.db;
    const db = createDb({
      tableName: this.tableName,
      ...(this.region ? { region: this.region } : {}),
      credentials,
    });
    this.clients.set(key, { db, credentials });
    return db;
  }
}
