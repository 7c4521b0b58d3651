import { CfnOutput, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import {
  AttributeType,
  Billing,
  ProjectionType,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";

/** Name of the generic secondary index; the tenant role is scoped to it (see tenant-roles.ts). */
export const GSI1 = "gsi1";

/** Single-table design: every tenant's items live in one table, partitioned by `pk`. */
export class DataStack extends Stack {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.table = new TableV2(this, "Table", {
      partitionKey: { name: "pk", type: AttributeType.STRING },
      sortKey: { name: "sk", type: AttributeType.STRING },
      billing: Billing.onDemand(),
      // Member records are the product: recover from bad writes and refuse accidental deletes.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      encryption: TableEncryptionV2.awsManagedKey(),
      // Sessions, invitations and similar short-lived items expire on their own.
      timeToLiveAttribute: "expiresAt",
      // Deleted items as they were, so files listed on an expiring item go when TTL deletes it
      // (api-stack.ts, ExpiredFiles).
      dynamoStream: StreamViewType.OLD_IMAGE,
      globalSecondaryIndexes: [
        {
          // gsi1pk is tenant-prefixed like pk (packages/db/src/store.ts), so the tenant role's
          // dynamodb:LeadingKeys condition fences index queries too.
          indexName: GSI1,
          partitionKey: { name: "gsi1pk", type: AttributeType.STRING },
          sortKey: { name: "gsi1sk", type: AttributeType.STRING },
          projectionType: ProjectionType.ALL,
        },
      ],
    });

    // Operators need the name for point-in-time restores (DEPLOY.md).
    new CfnOutput(this, "TableName", { value: this.table.tableName });
  }
}
