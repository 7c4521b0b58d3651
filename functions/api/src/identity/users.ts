import type { Grant } from "@congdoan/core";
import type { StoredItem, TenantStore, TransactionOp } from "@congdoan/db";

export interface UserRecord {
  username: string;
  displayName: string;
  email?: string;
  passwordHash: string;
  status: "active" | "disabled";
  grants: Grant[];
  tokenVersion: number;
  failedLogins: number;
  /** ISO time until which logins are refused after repeated failures. */
  lockedUntil?: string;
  mustChangePassword: boolean;
}

/** What may leave the server about an account: never the hash or the lock counters. */
export function publicUser(user: UserRecord) {
  return {
    username: user.username,
    displayName: user.displayName,
    ...(user.email ? { email: user.email } : {}),
    status: user.status,
    grants: user.grants,
    mustChangePassword: user.mustChangePassword,
  };
}

const USERS = ["USERS"] as const;
const address = (username: string) => ({ pk: USERS, sk: ["U", username] });

/** Accounts of one tenant; the username is the key, so it is unique by construction. */
export class UserRepository {
  constructor(readonly store: TenantStore) {}

  find(username: string): Promise<StoredItem<UserRecord> | undefined> {
    return this.store.get<UserRecord>(address(username));
  }

  get(username: string): Promise<StoredItem<UserRecord>> {
    return this.store.getOrThrow<UserRecord>(address(username));
  }

  prepareCreate(user: UserRecord): TransactionOp {
    return {
      ...this.store.prepareCreate(address(user.username), "user", user),
      describe: {
        vi: `tên đăng nhập “${user.username}” đã có người dùng`,
        en: `the username “${user.username}” is already taken`,
      },
    };
  }

  prepareUpdate(current: StoredItem<UserRecord>, next: UserRecord): TransactionOp {
    return this.store.prepareUpdate(address(current.data.username), current, current.version, next);
  }

  update(current: StoredItem<UserRecord>, next: UserRecord): Promise<StoredItem<UserRecord>> {
    return this.store.update(address(current.data.username), current.version, next);
  }

  async list(options: { limit?: number; cursor?: string }) {
    return this.store.query<UserRecord>(USERS, { skPrefix: ["U"], ...options });
  }
}
