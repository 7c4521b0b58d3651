import { ConflictError, type Grant } from "@congdoan/core";
import { type Db, namespaces, TenantStore } from "@congdoan/db";
import { hashPassword } from "./passwords";
import { UserRepository } from "./users";

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  grants: Grant[];
  mustChangePassword?: boolean;
}

/**
 * Creates an account directly (demo seed, test harness, the operator's CLI), bypassing the admin
 * routes that need someone already signed in. Does nothing if the username exists.
 */
export async function provisionAccount(
  db: Db,
  tenant: string,
  account: NewAccount,
): Promise<"created" | "existing"> {
  const store = new TenantStore(db, tenant, namespaces.core);
  const users = new UserRepository(store);
  if (await users.find(account.username)) return "existing";
  await store
    .transact([
      users.prepareCreate({
        username: account.username,
        displayName: account.displayName,
        passwordHash: await hashPassword(account.password),
        status: "active",
        grants: account.grants,
        tokenVersion: 0,
        failedLogins: 0,
        mustChangePassword: account.mustChangePassword ?? true,
      }),
    ])
    .catch((error) => {
      // Created concurrently by someone else: the account exists, which is what was asked.
      if (!(error instanceof ConflictError)) throw error;
    });
  return "created";
}
