import { Arn, CfnCondition, CfnParameter, Fn, Stack } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { GSI1 } from "./data-stack";

/** The table the API uses: its env var, IAM resources and alarm dimensions all follow this. */
export interface ActiveTable {
  readonly tableName: string;
  readonly tableArn: string;
  readonly indexArn: string;
}

/**
 * Normally the DataStack table. A point-in-time restore always creates a NEW table, and the roles
 * are scoped to one table ARN, so switching the API to the restored copy must move the env var
 * and the IAM resources together: one deploy with `--parameters CongdoanApi:TableNameOverride=…`
 * does both (DEPLOY.md, "Sao lưu và khôi phục"). An empty value returns to the DataStack table.
 */
export function activeTable(scope: Construct, table: ITableV2): ActiveTable {
  const override = new CfnParameter(scope, "TableNameOverride", {
    type: "String",
    default: "",
    allowedPattern: "^[A-Za-z0-9_.-]{0,255}$",
    description: "Leave empty. After a PITR restore: the restored table's name, to switch the API to it.",
  });
  override.overrideLogicalId("TableNameOverride");
  const useOverride = new CfnCondition(scope, "UseTableNameOverride", {
    expression: Fn.conditionNot(Fn.conditionEquals(override.valueAsString, "")),
  });
  const tableName = Fn.conditionIf(useOverride.logicalId, override.valueAsString, table.tableName).toString();
  const tableArn = Arn.format(
    { service: "dynamodb", resource: "table", resourceName: tableName },
    Stack.of(scope),
  );
  return { tableName, tableArn, indexArn: `${tableArn}/index/${GSI1}` };
}
