import { InvalidCursorError } from "@congdoan/core";

/**
 * Pagination cursors are DynamoDB's LastEvaluatedKey, base64url-encoded. A cursor is checked to belong
 * to the partition being read, so a cursor from another tenant (or a forged one) is refused.
 */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | undefined {
  if (!lastKey) return undefined;
  return Buffer.from(JSON.stringify(lastKey), "utf8").toString("base64url");
}

export function decodeCursor(
  cursor: string | undefined,
  partitionAttribute: string,
  expectedPartition: string,
): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (typeof parsed !== "object" || parsed === null) throw new InvalidCursorError();
  const record = parsed as Record<string, unknown>;
  const values = Object.values(record);
  if (record[partitionAttribute] !== expectedPartition || !values.every((v) => typeof v === "string")) {
    throw new InvalidCursorError();
  }
  return record;
}
