import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { createTableInput, type Db, tableShape } from "@congdoan/db";

/** Creates the single table with its indexes unless it is already there; safe to call on every start. */
export async function ensureTable(db: Db): Promise<"created" | "existing"> {
  try {
    await db.raw.send(new DescribeTableCommand({ TableName: db.tableName }));
    return "existing";
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await db.raw.send(new CreateTableCommand(createTableInput(db.tableName)));
  } catch (error) {
    if (error instanceof ResourceInUseException) return "existing";
    throw error;
  }
  await db.raw.send(
    new UpdateTimeToLiveCommand({
      TableName: db.tableName,
      TimeToLiveSpecification: { AttributeName: tableShape.ttlAttribute, Enabled: true },
    }),
  );
  return "created";
}
