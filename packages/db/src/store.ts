import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import {
  ConflictError,
  type LocalizedText,
  type MessageKey,
  NotFoundError,
  VersionMismatchError,
} from "@congdoan/core";
import type { Db } from "./client";
import { decodeCursor, encodeCursor } from "./cursor";
import {
  type IndexAddress,
  type ItemAddress,
  type ItemKey,
  itemKey,
  scopedPartition,
  sortKey,
  sortKeyPrefix,
  tenantPrefix,
} from "./keys";
import { type IndexName, tableShape } from "./table";

/** What the store keeps around a record's own data. */
export interface StoredItem<T> {
  key: ItemKey;
  type: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  data: T;
}

export interface Page<T> {
  items: StoredItem<T>[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

export interface WriteOptions {
  /** Secondary index entry, tenant-scoped like the table key. */
  gsi1?: IndexAddress;
  /** Epoch seconds after which DynamoDB may delete the item (refresh tokens, erased personal data). */
  expiresAt?: number;
  /** With `expiresAt`: the namespace's stored files (their keys) to erase with the item. */
  expiringFiles?: readonly string[];
}

export interface QueryOptions {
  skPrefix?: readonly string[];
  /** Inclusive range on the sort key, as relative parts. */
  skBetween?: [readonly string[], readonly string[]];
  limit?: number;
  cursor?: string;
  reverse?: boolean;
  index?: IndexName;
}

/** A write prepared by a store, to be committed with others by `transact`. */
export interface TransactionOp {
  tenant: string;
  item: NonNullable<TransactWriteCommandInput["TransactItems"]>[number];
  /**
   * What the person is told when this write's condition fails on a create: give the record's own
   * words ("tên đăng nhập … đã có người dùng"); the default names no key, which means nothing to them.
   */
  describe: string | LocalizedText;
}

type DbItem = Record<string, unknown> & {
  pk: string;
  sk: string;
  tenant: string;
  type: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  data: unknown;
};

const MAX_PAGE = 100;

function now(): string {
  return new Date().toISOString();
}

/**
 * A repository bound to one tenant and one namespace (the host's core data, or one plugin's).
 * It builds every key itself from relative addresses, so callers cannot reach outside their scope,
 * and it double-checks the tenant on everything it reads back.
 */
export class TenantStore {
  readonly prefix: string;

  constructor(
    readonly db: Db,
    readonly tenant: string,
    readonly namespace: readonly string[],
  ) {
    this.prefix = tenantPrefix(tenant);
  }

  key(address: ItemAddress): ItemKey {
    return itemKey(this.tenant, this.namespace, address);
  }

  async get<T>(address: ItemAddress): Promise<StoredItem<T> | undefined> {
    const key = this.key(address);
    const out = await this.db.doc.send(
      new GetCommand({ TableName: this.db.tableName, Key: key, ConsistentRead: true }),
    );
    return out.Item ? this.fromDb<T>(out.Item) : undefined;
  }

  async getOrThrow<T>(address: ItemAddress, what: MessageKey = "entity.item"): Promise<StoredItem<T>> {
    const item = await this.get<T>(address);
    if (!item) throw new NotFoundError(what);
    return item;
  }

  /** Creates a new item; fails with a conflict if one already exists at that address. */
  async create<T>(
    address: ItemAddress,
    type: string,
    data: T,
    options: WriteOptions = {},
  ): Promise<StoredItem<T>> {
    const op = this.prepareCreate(address, type, data, options);
    try {
      await this.db.doc.send(new PutCommand({ ...op.item.Put!, TableName: this.db.tableName }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ConflictError(op.describe);
      throw error;
    }
    return this.fromDb<T>(op.item.Put!.Item as DbItem);
  }

  /** Writes the item whatever is there (seeding, imports); bumps the version if it existed. */
  async upsert<T>(
    address: ItemAddress,
    type: string,
    data: T,
    options: WriteOptions = {},
  ): Promise<StoredItem<T>> {
    const current = await this.get<T>(address);
    if (!current) {
      try {
        return await this.create(address, type, data, options);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        return this.upsert(address, type, data, options);
      }
    }
    return this.update(address, current.version, data, options);
  }

  /**
   * Replaces the item's data if its version is still `expectedVersion` (optimistic locking).
   * A stale version gives VersionMismatchError; a missing item NotFoundError.
   */
  async update<T>(
    address: ItemAddress,
    expectedVersion: number,
    data: T,
    options: WriteOptions = {},
  ): Promise<StoredItem<T>> {
    const current = await this.get<T>(address);
    if (!current) throw new NotFoundError();
    const op = this.prepareUpdate(address, current, expectedVersion, data, options);
    try {
      await this.db.doc.send(new PutCommand({ ...op.item.Put!, TableName: this.db.tableName }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const still = await this.get(address);
        throw still ? new VersionMismatchError() : new NotFoundError();
      }
      throw error;
    }
    return this.fromDb<T>(op.item.Put!.Item as DbItem);
  }

  /** Read-modify-write with retries when a concurrent writer got there first. */
  async mutate<T>(
    address: ItemAddress,
    change: (current: T) => T,
    options: WriteOptions & { attempts?: number } = {},
  ): Promise<StoredItem<T>> {
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      const current = await this.getOrThrow<T>(address);
      try {
        return await this.update(address, current.version, change(current.data), options);
      } catch (error) {
        if (!(error instanceof VersionMismatchError) || attempt >= attempts) throw error;
      }
    }
  }

  /**
   * Atomically adds to a counter item (created at 0 when missing) and returns the new value; used for
   * rate limits, where read-modify-write would let concurrent requests slip through.
   */
  async increment(address: ItemAddress, by = 1, expiresAt?: number): Promise<number> {
    const key = this.key(address);
    const at = now();
    const out = await this.db.doc.send(
      new UpdateCommand({
        TableName: this.db.tableName,
        Key: key,
        UpdateExpression:
          "ADD #count :by SET #tenant = :tenant, #type = if_not_exists(#type, :type), #version = if_not_exists(#version, :one), #created = if_not_exists(#created, :at), #updated = :at, #data = if_not_exists(#data, :empty)" +
          (expiresAt === undefined ? "" : ", #ttl = :ttl"),
        ExpressionAttributeNames: {
          "#count": "count",
          "#tenant": "tenant",
          "#type": "type",
          "#version": "version",
          "#created": "createdAt",
          "#updated": "updatedAt",
          "#data": "data",
          ...(expiresAt === undefined ? {} : { "#ttl": tableShape.ttlAttribute }),
        },
        ExpressionAttributeValues: {
          ":by": by,
          ":tenant": this.tenant,
          ":type": "counter",
          ":one": 1,
          ":at": at,
          ":empty": {},
          ...(expiresAt === undefined ? {} : { ":ttl": expiresAt }),
        },
        ReturnValues: "UPDATED_NEW",
      }),
    );
    return Number(out.Attributes?.count ?? by);
  }

  /** A counter's current value (0 when it does not exist), read without writing. */
  async counter(address: ItemAddress): Promise<number> {
    const out = await this.db.doc.send(
      new GetCommand({
        TableName: this.db.tableName,
        Key: this.key(address),
        ProjectionExpression: "#count",
        ExpressionAttributeNames: { "#count": "count" },
      }),
    );
    return Number(out.Item?.count ?? 0);
  }

  async delete(address: ItemAddress, expectedVersion?: number): Promise<void> {
    const op = this.prepareDelete(address, expectedVersion);
    try {
      await this.db.doc.send(new DeleteCommand({ ...op.item.Delete!, TableName: this.db.tableName }));
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        const still = await this.get(address);
        throw still ? new VersionMismatchError() : new NotFoundError();
      }
      throw error;
    }
  }

  async query<T>(partition: readonly string[], options: QueryOptions = {}): Promise<Page<T>> {
    const index = options.index;
    const pkAttr = index ? tableShape.indexes[index].partitionKey : tableShape.partitionKey;
    const skAttr = index ? tableShape.indexes[index].sortKey : tableShape.sortKey;
    const pk = scopedPartition(this.tenant, this.namespace, partition);
    const values: Record<string, unknown> = { ":pk": pk };
    const names: Record<string, string> = { "#pk": pkAttr };
    let condition = "#pk = :pk";
    if (options.skBetween) {
      condition += " AND #sk BETWEEN :from AND :to";
      names["#sk"] = skAttr;
      values[":from"] = sortKey(options.skBetween[0]);
      values[":to"] = sortKey(options.skBetween[1]);
    } else if (options.skPrefix && options.skPrefix.length > 0) {
      condition += " AND begins_with(#sk, :prefix)";
      names["#sk"] = skAttr;
      values[":prefix"] = sortKeyPrefix(options.skPrefix);
    }
    const limit = Math.min(Math.max(options.limit ?? 50, 1), MAX_PAGE);
    const out = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.tableName,
        ...(index ? { IndexName: index } : {}),
        KeyConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        Limit: limit,
        ScanIndexForward: !options.reverse,
        ExclusiveStartKey: decodeCursor(options.cursor, pkAttr, pk),
      }),
    );
    const page: Page<T> = { items: (out.Items ?? []).map((item) => this.fromDb<T>(item)) };
    const cursor = encodeCursor(out.LastEvaluatedKey);
    if (cursor) page.cursor = cursor;
    return page;
  }

  /** Every item of a partition, page by page; for aggregates over bounded sets (a tenant's units). */
  async queryAll<T>(partition: readonly string[], options: Omit<QueryOptions, "cursor" | "limit"> = {}) {
    const items: StoredItem<T>[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.query<T>(partition, {
        ...options,
        limit: MAX_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      items.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return items;
  }

  prepareCreate<T>(address: ItemAddress, type: string, data: T, options: WriteOptions = {}): TransactionOp {
    const key = this.key(address);
    const at = now();
    const item: DbItem = {
      ...key,
      tenant: this.tenant,
      type,
      version: 1,
      createdAt: at,
      updatedAt: at,
      data,
    };
    this.addOptions(item, options);
    return {
      tenant: this.tenant,
      describe: { vi: "bản ghi này đã có", en: "this record already exists" },
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: item,
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
    };
  }

  prepareUpdate<T>(
    address: ItemAddress,
    current: Pick<StoredItem<unknown>, "type" | "createdAt">,
    expectedVersion: number,
    data: T,
    options: WriteOptions = {},
  ): TransactionOp {
    const key = this.key(address);
    const item: DbItem = {
      ...key,
      tenant: this.tenant,
      type: current.type,
      version: expectedVersion + 1,
      createdAt: current.createdAt,
      updatedAt: now(),
      data,
    };
    this.addOptions(item, options);
    return {
      tenant: this.tenant,
      describe: `${current.type} ${address.sk.join("/")} đã bị thay đổi`,
      item: {
        Put: {
          TableName: this.db.tableName,
          Item: item,
          ConditionExpression: "#v = :v",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":v": expectedVersion },
        },
      },
    };
  }

  prepareDelete(address: ItemAddress, expectedVersion?: number): TransactionOp {
    const key = this.key(address);
    return {
      tenant: this.tenant,
      describe: `${address.sk.join("/")} đã bị thay đổi`,
      item: {
        Delete: {
          TableName: this.db.tableName,
          Key: key,
          ...(expectedVersion === undefined
            ? { ConditionExpression: "attribute_exists(pk)" }
            : {
                ConditionExpression: "#v = :v",
                ExpressionAttributeNames: { "#v": "version" },
                ExpressionAttributeValues: { ":v": expectedVersion },
              }),
        },
      },
    };
  }

  /** A guard inside a transaction: the item must exist at exactly this version. */
  prepareCheck(address: ItemAddress, expectedVersion: number): TransactionOp {
    return {
      tenant: this.tenant,
      describe: `${address.sk.join("/")} đã bị thay đổi`,
      item: {
        ConditionCheck: {
          TableName: this.db.tableName,
          Key: this.key(address),
          ConditionExpression: "#v = :v",
          ExpressionAttributeNames: { "#v": "version" },
          ExpressionAttributeValues: { ":v": expectedVersion },
        },
      },
    };
  }

  /**
   * Commits prepared writes all-or-nothing. Every op must belong to this store's tenant: a write
   * that crosses tenants is a bug, refused before anything is sent.
   */
  async transact(ops: readonly TransactionOp[]): Promise<void> {
    if (ops.length === 0) return;
    if (ops.length > 100) throw new ConflictError("quá 100 thao tác trong một giao dịch");
    for (const op of ops) {
      if (op.tenant !== this.tenant) throw new Error("transaction mixes tenants");
    }
    try {
      await this.db.doc.send(new TransactWriteCommand({ TransactItems: ops.map((op) => op.item) }));
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        const reasons = error.CancellationReasons ?? [];
        const failed = reasons.findIndex((r) => r.Code === "ConditionalCheckFailed");
        if (failed >= 0) {
          const op = ops[failed]!;
          if (op.item.Put?.ConditionExpression?.includes("attribute_not_exists")) {
            throw new ConflictError(op.describe);
          }
          throw new VersionMismatchError();
        }
        if (reasons.some((r) => r.Code === "TransactionConflict")) throw new VersionMismatchError();
      }
      throw error;
    }
  }

  /** A store for a sub-namespace of the same tenant (a plugin's private space). */
  scoped(namespace: readonly string[]): TenantStore {
    return new TenantStore(this.db, this.tenant, namespace);
  }

  private addOptions(item: DbItem, options: WriteOptions) {
    if (options.gsi1) {
      item[tableShape.indexes.gsi1.partitionKey] = scopedPartition(
        this.tenant,
        this.namespace,
        options.gsi1.pk,
      );
      item[tableShape.indexes.gsi1.sortKey] = options.gsi1.sk;
    }
    if (options.expiresAt !== undefined) item[tableShape.ttlAttribute] = options.expiresAt;
    if (options.expiringFiles?.length) {
      if (options.expiresAt === undefined) throw new Error("expiringFiles needs expiresAt");
      item[tableShape.expiringFilesAttribute] = [...options.expiringFiles];
    }
  }

  private fromDb<T>(raw: Record<string, unknown>): StoredItem<T> {
    const item = raw as DbItem;
    if (item.tenant !== this.tenant || !item.pk.startsWith(this.prefix)) {
      // Unreachable while keys come from this store; kept because a leak across tenants is the worst bug we can have.
      throw new Error("item from another tenant");
    }
    return {
      key: { pk: item.pk, sk: item.sk },
      type: item.type,
      version: item.version,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      data: item.data as T,
    };
  }
}
