import { BatchWriteCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { BadRequestError, ConflictError } from "@congdoan/core";
import type { Db } from "./client";
import { platformKeys, tenantPrefix } from "./keys";

/**
 * A tenant's complete data as JSON lines, one stored item per line, exactly as in the table, and
 * back. The only place besides the store that touches raw items, and it checks each one's key.
 */
export async function* exportTenant(db: Db, tenant: string): AsyncGenerator<string> {
  const prefix = tenantPrefix(tenant);
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new ScanCommand({
        TableName: db.tableName,
        FilterExpression: "begins_with(pk, :prefix) OR (pk = :platform AND sk = :summary)",
        ExpressionAttributeValues: {
          ":prefix": prefix,
          ":platform": platformKeys.tenantIndexPartition,
          ":summary": platformKeys.tenantIndex(tenant).sk,
        },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    for (const item of page.Items ?? []) yield JSON.stringify(item);
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Writes an export into a tenant that does not exist yet; every line must belong to that tenant. */
export async function importTenant(db: Db, tenant: string, lines: Iterable<string>): Promise<number> {
  const prefix = tenantPrefix(tenant);
  const summary = platformKeys.tenantIndex(tenant);
  const items: Record<string, unknown>[] = [];
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new BadRequestError(`dòng ${lineNo} không phải JSON`);
    }
    const pk = String(item.pk ?? "");
    const isSummary = pk === summary.pk && item.sk === summary.sk;
    const ownGsi = item.gsi1pk === undefined || String(item.gsi1pk).startsWith(prefix);
    if (!isSummary && (!pk.startsWith(prefix) || item.tenant !== tenant || !ownGsi)) {
      throw new BadRequestError(`dòng ${lineNo} không thuộc liên đoàn “${tenant}”`);
    }
    items.push(item);
  }
  const existing = await db.doc.send(
    new ScanCommand({
      TableName: db.tableName,
      FilterExpression: "begins_with(pk, :prefix)",
      ExpressionAttributeValues: { ":prefix": prefix },
      Limit: 1000,
    }),
  );
  if ((existing.Items ?? []).length > 0) throw new ConflictError(`liên đoàn “${tenant}” đã có dữ liệu`);
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.tableName]: pending } }));
      pending = (out.UnprocessedItems?.[db.tableName] ?? []) as typeof pending;
      if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
    }
  }
  return items.length;
}
