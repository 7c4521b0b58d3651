import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { type PublicTenant, type Tenant, TenantNotFoundError, tenantSchema } from "@congdoan/core";
import type { Db } from "./client";
import { namespaces, platformKeys } from "./keys";
import { type StoredItem, TenantStore, type TransactionOp } from "./store";

const TENANT_ADDRESS = { pk: ["TENANT"], sk: ["TENANT"] } as const;

/**
 * Tenant records. The record itself lives inside the tenant's own partition; a small summary in the
 * platform partition lets the platform list tenants without reading inside any of them.
 */
export class TenantRegistry {
  constructor(readonly db: Db) {}

  store(tenant: string): TenantStore {
    return new TenantStore(this.db, tenant, namespaces.core);
  }

  async find(id: string): Promise<StoredItem<Tenant> | undefined> {
    return this.store(id).get<Tenant>(TENANT_ADDRESS);
  }

  async get(id: string): Promise<StoredItem<Tenant>> {
    const found = await this.find(id);
    if (!found) throw new TenantNotFoundError(id);
    return found;
  }

  async create(input: Tenant): Promise<StoredItem<Tenant>> {
    const tenant = tenantSchema.parse(input);
    const store = this.store(tenant.id);
    const record = store.prepareCreate(TENANT_ADDRESS, "tenant", tenant);
    await store.transact([record, this.summaryOp(tenant, true)]);
    return this.get(tenant.id);
  }

  async update(id: string, expectedVersion: number, next: Tenant): Promise<StoredItem<Tenant>> {
    const tenant = tenantSchema.parse({ ...next, id });
    const store = this.store(id);
    const current = await this.get(id);
    await store.transact([
      store.prepareUpdate(TENANT_ADDRESS, current, expectedVersion, tenant),
      this.summaryOp(tenant, false),
    ]);
    return this.get(id);
  }

  /** Lists active tenants for the platform (and the public landing page: names only). */
  async list(): Promise<PublicTenant[]> {
    const out = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": platformKeys.tenantIndexPartition },
      }),
    );
    return (out.Items ?? []).map((item) => item.summary as PublicTenant & { status: Tenant["status"] });
  }

  private summaryOp(tenant: Tenant, isNew: boolean): TransactionOp {
    return {
      tenant: tenant.id,
      describe: {
        vi: `đã có liên đoàn mang mã “${tenant.id}”`,
        en: `a federation with the id “${tenant.id}” already exists`,
      },
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: {
            ...platformKeys.tenantIndex(tenant.id),
            summary: { id: tenant.id, name: tenant.name, shortName: tenant.shortName, status: tenant.status },
          },
          ...(isNew ? { ConditionExpression: "attribute_not_exists(pk)" } : {}),
        },
      },
    };
  }
}
