import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface Db {
  doc: DynamoDBDocumentClient;
  raw: DynamoDBClient;
  tableName: string;
}

export interface DbOptions {
  tableName: string;
  /** DynamoDB Local's address; omitted in the cloud. */
  endpoint?: string;
  region?: string;
  credentials?: DynamoDBClientConfig["credentials"];
}

export function createDb(options: DbOptions): Db {
  const local = options.endpoint !== undefined;
  const raw = new DynamoDBClient({
    region: options.region ?? process.env.AWS_REGION ?? "ap-southeast-1",
    ...(local ? { endpoint: options.endpoint } : {}),
    ...(options.credentials
      ? { credentials: options.credentials }
      : local
        ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    maxAttempts: 3,
  });
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { doc, raw, tableName: options.tableName };
}
