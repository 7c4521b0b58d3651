import { BadRequestError, slugSchema } from "@congdoan/core";
import { LruMap } from "./lru-map";
import { RoleSession } from "./role-session";
import type { Clock, StsLike, TemporaryCredentials } from "./types";

/** The session tag the tenant role's policy reads as `${aws:PrincipalTag/TenantId}`. */
export const TENANT_TAG_KEY = "TenantId";

export interface TenantCredentialCacheOptions {
  sts: StsLike;
  /** ARN of the tenant-data role (TENANT_ROLE_ARN in the Lambda's environment). */
  roleArn: string;
  sessionDurationSeconds?: number;
  refreshMarginSeconds?: number;
  now?: Clock;
  /**
   * Most tenants kept at once. Slugs come from URLs, so without a bound a crawler trying made-up
   * tenants would grow the map without limit; the least recently used session is dropped.
   */
  maxTenants?: number;
}

/** Well above the number of federations (one per province) a single deployment serves. */
export const DEFAULT_MAX_TENANTS = 200;

/**
 * Credentials for the tenant-data role, one session per tenant, tagged `TenantId=<tenant>`. IAM
 * then limits every DynamoDB and S3 call made with them to that tenant's keys and prefix, so a
 * handler bug cannot read another federation's members even if it builds the wrong key.
 */
export class TenantCredentialCache {
  private readonly sessions: LruMap<string, RoleSession>;

  constructor(private readonly options: TenantCredentialCacheOptions) {
    this.sessions = new LruMap(options.maxTenants ?? DEFAULT_MAX_TENANTS);
  }

  async credentialsFor(tenant: string): Promise<TemporaryCredentials> {
    return this.sessionFor(tenant).credentials();
  }

  private sessionFor(tenant: string): RoleSession {
    // The tag becomes part of IAM patterns (`T#<tag>#*`, `t/<tag>/*`): only a slug may get there.
    if (!slugSchema.safeParse(tenant).success) {
      throw new BadRequestError(`mã liên đoàn “${tenant.slice(0, 40)}” không hợp lệ`);
    }
    const cached = this.sessions.get(tenant);
    if (cached) return cached;
    const session = new RoleSession({
      sts: this.options.sts,
      roleArn: this.options.roleArn,
      sessionName: sessionNameFor(tenant),
      tags: [{ Key: TENANT_TAG_KEY, Value: tenant }],
      sessionDurationSeconds: this.options.sessionDurationSeconds,
      refreshMarginSeconds: this.options.refreshMarginSeconds,
      now: this.options.now,
    });
    this.sessions.set(tenant, session);
    return session;
  }
}

/** STS allows 2–64 characters of `[\w+=,.@-]`; a slug fits after the prefix once trimmed. */
export function sessionNameFor(tenant: string): string {
  return `tenant-${tenant}`.slice(0, 64);
}
