import { Duration, Validations } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import {
  Architecture,
  type Code,
  FilterCriteria,
  FilterRule,
  Function as LambdaFunction,
  Runtime,
  StartingPosition,
} from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import type { ITopic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";
import { acknowledgeWildcards } from "./nag";
import { uploadPrefixes } from "./uploads-bucket";

export interface ExpiredFilesProps {
  /** The table, with a stream that shows deleted items (OLD_IMAGE). */
  readonly table: ITable;
  readonly bucket: IBucket;
  readonly code: Code;
  readonly topic: ITopic;
}

/**
 * When DynamoDB's TTL deletes an item that lists `expiringFiles` (a scholarship file's personal data
 * at the end of its retention), this function erases those files from the uploads bucket
 * (functions/api/src/expired-files-lambda.ts). It only ever sees TTL deletions (the event filter) and
 * may only delete under `t/`; the tenant of each file is read from the expired item's own key.
 */
export class ExpiredFiles extends Construct {
  readonly handler: LambdaFunction;
  readonly alarm: Alarm;

  constructor(scope: Construct, id: string, props: ExpiredFilesProps) {
    super(scope, id);

    this.handler = new LambdaFunction(this, "Handler", {
      code: props.code,
      handler: "index.handler",
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.minutes(1),
      logGroup: new LogGroup(this, "Logs", { retention: RetentionDays.ONE_MONTH }),
      environment: { UPLOADS_BUCKET: props.bucket.bucketName, NODE_OPTIONS: "--enable-source-maps" },
    });
    this.handler.addToRolePolicy(
      new PolicyStatement({
        sid: "EraseExpiredFiles",
        actions: ["s3:DeleteObject"],
        resources: [props.bucket.arnForObjects(`${uploadPrefixes.kept}*`)],
      }),
    );
    this.handler.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        // A storage hiccup is retried (the batch split in halves); a record that keeps failing is given
        // up after a day, its files named in the function's log and its errors raising the alarm.
        retryAttempts: 10,
        bisectBatchOnError: true,
        maxRecordAge: Duration.days(1),
        filters: [
          FilterCriteria.filter({
            eventName: FilterRule.isEqual("REMOVE"),
            userIdentity: {
              type: FilterRule.isEqual("Service"),
              principalId: FilterRule.isEqual("dynamodb.amazonaws.com"),
            },
          }),
        ],
      }),
    );

    // One alarm, one metric: every failed attempt is a function error. (A backlog alarm on
    // IteratorAge would be a 12th alarm metric.)
    this.alarm = new Alarm(this, "Errors", {
      alarmDescription:
        "Không xoá được tệp của dữ liệu cá nhân đã hết hạn. Files of expired personal data could not be erased. See DEPLOY.md › Cảnh báo.",
      metric: this.handler.metricErrors({ period: Duration.hours(1), statistic: "Sum" }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(props.topic);
    this.alarm.addAlarmAction(action);
    this.alarm.addOkAction(action);

    acknowledgeWildcards(
      this.handler,
      [/^Resource::<UploadsBucket[A-F0-9]*\.Arn>\/t\/\*$/],
      "Deleting only, only under t/: the tenant and module of each file come from the expired item's own key, which is tenant-prefixed, so one function serves every tenant without a role per tenant.",
    );
    Validations.of(this.handler.role!).acknowledge({
      id: "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
      reason: "AWS-managed basic execution role only allows writing the function's own CloudWatch logs.",
    });
    Validations.of(this.handler).acknowledge({
      id: "AwsSolutions-L1",
      reason:
        "nodejs22.x is the runtime specified for this release and the bundle targets node22; moving to nodejs24.x is a separate, tested change.",
    });
  }
}
