import type { TenantStore, TransactionOp } from "@congdoan/db";
import { hashToken, newRefreshToken, REFRESH_TOKEN_SECONDS } from "./tokens";

interface SessionRecord {
  username: string;
  expiresAt: number;
}

const address = (tokenHash: string) => ({ pk: ["SESSIONS"], sk: ["S", tokenHash] });

/**
 * Refresh sessions: one item per refresh token (stored hashed), expired by DynamoDB's TTL.
 * Each refresh rotates the token, so a stolen cookie works at most once.
 */
export class SessionRepository {
  constructor(readonly store: TenantStore) {}

  prepareStart(username: string): { token: string; op: TransactionOp } {
    const token = newRefreshToken();
    const expiresAt = Math.floor(Date.now() / 1000) + REFRESH_TOKEN_SECONDS;
    const op = this.store.prepareCreate(
      address(hashToken(token)),
      "session",
      { username, expiresAt },
      { expiresAt },
    );
    return { token, op };
  }

  async start(username: string): Promise<string> {
    const { token, op } = this.prepareStart(username);
    await this.store.transact([op]);
    return token;
  }

  /** Returns the username if the token is live. TTL deletion is lazy, so expiry is checked here too. */
  async find(token: string): Promise<{ username: string; version: number } | undefined> {
    const item = await this.store.get<SessionRecord>(address(hashToken(token)));
    if (!item || item.data.expiresAt * 1000 < Date.now()) return undefined;
    return { username: item.data.username, version: item.version };
  }

  prepareEnd(token: string, version?: number): TransactionOp {
    return this.store.prepareDelete(address(hashToken(token)), version);
  }

  async end(token: string): Promise<void> {
    await this.store.delete(address(hashToken(token))).catch(() => undefined);
  }
}
