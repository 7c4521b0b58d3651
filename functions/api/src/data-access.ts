import type { Db } from "@congdoan/db";

/**
 * How the API reaches the table. In the cloud each tenant gets credentials that IAM limits to its
 * own keys (`T#<tenant>#…`), and the operators' work uses a separate narrow role; locally and in
 * tests all of it is one DynamoDB Local connection. Handlers never choose: the request's `db` is
 * bound from the tenant in the URL.
 */
export interface DataAccess {
  forTenant(tenant: string): Promise<Db>;
  platform(): Promise<Db>;
}

export function singleDb(db: Db): DataAccess {
  return { forTenant: async () => db, platform: async () => db };
}
