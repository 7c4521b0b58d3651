import { CfnOutput, Duration, Stack, type StackProps, Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Architecture, Function as LambdaFunction, Runtime } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Bucket } from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { activeTable } from "./active-table";
import { ApiAlarms } from "./api-alarms";
import { apiCode } from "./api-code";
import { ExpiredFiles } from "./expired-files";
import { createHttpApi } from "./http-api";
import { jwtSigningSecret } from "./jwt-secret";
import { defaultApiEntry, defaultExpiredFilesEntry } from "./paths";
import { TenantRoles } from "./tenant-roles";
import { UploadsBucket } from "./uploads-bucket";

export interface ApiStackProps extends StackProps {
  readonly table: ITableV2;
  /** Handler module exporting `handler`. Tests pass a tiny fixture so they don't depend on the API code. */
  readonly entry?: string;
}

export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly handler: LambdaFunction;
  readonly uploads: Bucket;
  readonly roles: TenantRoles;
  readonly alarms: ApiAlarms;
  readonly expiredFiles: ExpiredFiles;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);

    const table = activeTable(this, props.table);
    const jwtSecret = jwtSigningSecret(this);
    // Here rather than in DataStack: the tenant role's grant names the bucket ARN, and keeping both
    // in one stack keeps that grant (and its reviewed cdk-nag acknowledgement) free of cross-stack
    // references. The bucket is retained like the table, so replacing this stack keeps the files.
    this.uploads = new UploadsBucket(this, "Uploads").bucket;

    // No reserved or provisioned concurrency: an idle federation should pay nothing for compute.
    this.handler = new LambdaFunction(this, "ApiHandler", {
      // Bundled by bundle/build-api.mjs (ESM, minified, source map, AWS SDK from the runtime).
      code: apiCode(props.entry ?? defaultApiEntry),
      handler: "index.handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.seconds(10),
      logGroup: new LogGroup(this, "ApiHandlerLogs", { retention: RetentionDays.ONE_MONTH }),
      environment: {
        TABLE_NAME: table.tableName,
        UPLOADS_BUCKET: this.uploads.bucketName,
        JWT_SECRET_ARN: jwtSecret.secretArn,
        NODE_OPTIONS: "--enable-source-maps",
      },
    });
    const apiRole = this.handler.role!;

    // The function's own role sees the table's metadata (health check) and nothing inside it:
    // every item read or write goes through a tenant or platform session (tenant-roles.ts).
    apiRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "HealthCheck",
        actions: ["dynamodb:DescribeTable"],
        resources: [table.tableArn],
      }),
    );
    jwtSecret.grantRead(apiRole);

    this.roles = new TenantRoles(this, "Isolation", { apiRole, table, uploads: this.uploads });
    this.handler.addEnvironment("TENANT_ROLE_ARN", this.roles.tenantRole.roleArn);
    this.handler.addEnvironment("PLATFORM_ROLE_ARN", this.roles.platformRole.roleArn);

    const { api, stage } = createHttpApi(this, this.handler);
    this.httpApi = api;
    this.alarms = new ApiAlarms(this, "Alarms", {
      httpApi: api,
      handler: this.handler,
      tableName: table.tableName,
    });
    // The fixture entry of the tests stands in for both functions.
    this.expiredFiles = new ExpiredFiles(this, "ExpiredFiles", {
      table: props.table,
      bucket: this.uploads,
      code: apiCode(props.entry ?? defaultExpiredFilesEntry),
      topic: this.alarms.topic,
    });

    new CfnOutput(this, "ApiUrl", { value: stage.url, description: "HTTP API base URL (execute-api)" });
    new CfnOutput(this, "ApiFunctionName", { value: this.handler.functionName });
    new CfnOutput(this, "JwtSecretArn", { value: jwtSecret.secretArn });
    new CfnOutput(this, "UploadsBucketName", { value: this.uploads.bucketName });
    new CfnOutput(this, "AlarmTopicArn", { value: this.alarms.topic.topicArn });
    // For the isolation check with the IAM policy simulator (DEPLOY.md).
    new CfnOutput(this, "TenantRoleArn", { value: this.roles.tenantRole.roleArn });
    new CfnOutput(this, "PlatformRoleArn", { value: this.roles.platformRole.roleArn });

    this.acknowledgeNagFindings(apiRole);
  }

  private acknowledgeNagFindings(apiRole: NonNullable<LambdaFunction["role"]>) {
    Validations.of(this.handler).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "nodejs22.x is the runtime specified for this release and the bundle targets node22; moving to nodejs24.x is a separate, tested change.",
    });
    Validations.of(apiRole).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: "AWS-managed basic execution role only allows writing the function's own CloudWatch logs.",
    });
    Validations.of(this.httpApi).acknowledge({
      id: "AwsSolutions-APIG4",
      reason:
        "One proxy route serves both anonymous /api/public/* and signed-in endpoints, so authentication must be enforced by the API handler's middleware; a gateway authorizer is out of scope for the skeleton.",
    });
  }
}
