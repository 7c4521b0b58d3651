import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The single table's shape. The CDK data stack declares the same names; keep both in step.
 * GSI partition keys are tenant-prefixed like the table's, so `dynamodb:LeadingKeys` narrows index queries too.
 */
export const tableShape = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: { gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" } },
  ttlAttribute: "expiresAt",
  /**
   * Files (keys in the item's own tenant and module) that go when the item expires: the cloud's
   * expired-files function reads them from the table's stream when TTL deletes the item.
   */
  expiringFilesAttribute: "expiringFiles",
} as const;

export type IndexName = keyof typeof tableShape.indexes;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { gsi1 } = tableShape.indexes;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: [
      { AttributeName: tableShape.partitionKey, AttributeType: "S" },
      { AttributeName: tableShape.sortKey, AttributeType: "S" },
      { AttributeName: gsi1.partitionKey, AttributeType: "S" },
      { AttributeName: gsi1.sortKey, AttributeType: "S" },
    ],
    KeySchema: [
      { AttributeName: tableShape.partitionKey, KeyType: "HASH" },
      { AttributeName: tableShape.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: "gsi1",
        KeySchema: [
          { AttributeName: gsi1.partitionKey, KeyType: "HASH" },
          { AttributeName: gsi1.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      },
    ],
  };
}
