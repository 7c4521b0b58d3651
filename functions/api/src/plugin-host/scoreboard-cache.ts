import { createHash } from "node:crypto";

export interface CachedBoard {
  body: string;
  etag: string;
  until: number;
}

interface Entry {
  board?: CachedBoard;
  /** The one load in progress for this key; concurrent readers wait on it instead of loading again. */
  loading?: Promise<CachedBoard>;
}

/**
 * Public scoreboards are read by everyone on results day. A short in-process copy (and the ETag that
 * lets browsers and CloudFront answer 304) keeps that from becoming one database read per view.
 * When a copy expires, one request reloads it while the others keep getting the old copy, so an
 * expiry never turns into every waiting request reading the table at once.
 */
export class ScoreboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly ttlMs = 10_000) {}

  async get(key: string, load: () => Promise<unknown>): Promise<CachedBoard> {
    const entry = this.entries.get(key) ?? {};
    this.entries.set(key, entry);
    if (entry.board && entry.board.until > Date.now()) return entry.board;
    if (!entry.loading) {
      entry.loading = this.reload(key, entry, load);
      // Readers served the stale copy do not await the reload; its failure must not go unhandled.
      entry.loading.catch(() => undefined);
    }
    // A stale copy is served while the reload runs; with none (first read, or just invalidated) everyone waits for it.
    return entry.board && this.ttlMs > 0 ? entry.board : entry.loading;
  }

  /** Drops every board of a tenant (or of one module in it) after a write in this process. */
  invalidate(tenant: string, module?: string): void {
    const prefix = module ? `${tenant}/${module}/` : `${tenant}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  private async reload(key: string, entry: Entry, load: () => Promise<unknown>): Promise<CachedBoard> {
    try {
      const body = JSON.stringify(await load());
      const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      const board = { body, etag, until: Date.now() + this.ttlMs };
      // Only keep it if the entry was not invalidated meanwhile (a write would make it outdated).
      if (this.entries.get(key) === entry) entry.board = board;
      return board;
    } finally {
      entry.loading = undefined;
    }
  }
}
