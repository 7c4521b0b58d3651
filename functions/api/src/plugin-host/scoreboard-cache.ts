import { createHash } from "node:crypto";

export interface CachedBoard {
  body: string;
  etag: string;
  until: number;
}

/**
 * Public scoreboards are read by everyone on results day. A short in-process copy (and the ETag that
 * lets browsers and CloudFront answer 304) keeps that from becoming one database read per view.
 */
export class ScoreboardCache {
  private readonly entries = new Map<string, CachedBoard>();

  constructor(private readonly ttlMs = 10_000) {}

  async get(key: string, load: () => Promise<unknown>): Promise<CachedBoard> {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now()) return hit;
    const body = JSON.stringify(await load());
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    const entry = { body, etag, until: Date.now() + this.ttlMs };
    this.entries.set(key, entry);
    return entry;
  }

  /** Drops every board of a tenant (or of one module in it) after a write in this process. */
  invalidate(tenant: string, module?: string): void {
    const prefix = module ? `${tenant}/${module}/` : `${tenant}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }
}
