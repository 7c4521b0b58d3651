import { CfnCondition, CfnParameter, Duration, Fn, Validations } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { CfnSubscription, Topic } from "aws-cdk-lib/aws-sns";
import { Construct } from "constructs";

export interface ApiAlarmsProps {
  readonly httpApi: IHttpApi;
  readonly handler: IFunction;
  /** Name of the table the API currently uses (follows a PITR switch-over). */
  readonly tableName: string;
}

const period = Duration.minutes(5);

/**
 * The operations packages/db issues today. CloudWatch publishes ThrottledRequests per operation, so
 * each is one metric; with the 5xx (2), throttle (1) and latency (1) alarms that makes 10 alarm
 * metrics, exactly CloudWatch's always-free allowance. Add BatchGetItem/BatchWriteItem here when
 * the data layer starts using them (an alarm takes at most 10 metrics).
 */
const tableOperations = ["GetItem", "Query", "PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems"];

/**
 * The four signals a federation's IT officer needs, all sent to one SNS topic. DEPLOY.md
 * ("Cảnh báo") explains each alarm and what to do. Every metric in an alarm is billed (~$0.10/month), so they are counted.
 */
export class ApiAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string, props: ApiAlarmsProps) {
    super(scope, id);

    this.topic = new Topic(this, "Topic", { displayName: "Cong Doan So alarms", enforceSSL: true });
    subscribeEmailParameter(this, this.topic);
    Validations.of(this.topic).acknowledge({
      id: "AwsSolutions-SNS2",
      reason:
        "Alarm notifications carry metric names and thresholds, no personal data; CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer-managed key would add a fixed monthly cost to an otherwise idle deployment.",
    });

    const requests = props.httpApi.metricCount({ period, statistic: "Sum" });
    const serverErrors = props.httpApi.metricServerError({ period, statistic: "Sum" });
    this.alarms = [
      new Alarm(this, "ServerErrorRate", {
        alarmDescription:
          "Hơn 1% yêu cầu API trả lỗi 5xx trong 5 phút. More than 1% of API requests failed with 5xx in 5 minutes. See DEPLOY.md › Cảnh báo.",
        // Below 20 requests a single failure would exceed 1%: wait for enough traffic to mean something.
        metric: new MathExpression({
          expression: "IF(requests >= 20, 100 * errors / requests, 0)",
          usingMetrics: { requests, errors: serverErrors },
          period,
          label: "5xx (% of requests)",
        }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, "LambdaThrottles", {
        alarmDescription:
          "Lambda từ chối yêu cầu vì hết hạn mức đồng thời. The API function was throttled (account concurrency exhausted). See DEPLOY.md › Cảnh báo.",
        metric: props.handler.metricThrottles({ period, statistic: "Sum" }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, "LatencyP99", {
        alarmDescription:
          "1% yêu cầu chậm hơn 3 giây. The slowest 1% of API requests took over 3 s in 2 of the last 3 five-minute periods. See DEPLOY.md › Cảnh báo.",
        metric: props.httpApi.metricLatency({ period, statistic: "p99" }),
        threshold: 3000,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        // One cold start at night can be a p99 on its own; two periods out of three is a trend.
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
      new Alarm(this, "TableThrottles", {
        alarmDescription:
          "DynamoDB từ chối yêu cầu (throttled). DynamoDB throttled requests to the table. See DEPLOY.md › Cảnh báo.",
        metric: tableThrottles(props.tableName),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    ];

    Validations.of(this.alarms[3]!).acknowledge({
      id: "CloudFormation-Validate::W1030",
      reason:
        "The TableName dimension is Fn::If(TableNameOverride is empty, DataStack table, TableNameOverride), so the empty default is never used; the linter cannot see through the condition.",
    });

    const action = new SnsAction(this.topic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
      // The all-clear matters too: it tells the officer at 7 a.m. whether to act.
      alarm.addOkAction(action);
    }
  }
}

function tableThrottles(tableName: string): IMetric {
  const usingMetrics: Record<string, Metric> = {};
  for (const operation of tableOperations) {
    usingMetrics[operation.charAt(0).toLowerCase() + operation.slice(1)] = new Metric({
      namespace: "AWS/DynamoDB",
      metricName: "ThrottledRequests",
      dimensionsMap: { TableName: tableName, Operation: operation },
      statistic: "Sum",
      period,
    });
  }
  return new MathExpression({
    // FILL: an operation with no throttles publishes no datapoint, which would blank the sum.
    expression: Object.keys(usingMetrics)
      .map((name) => `FILL(${name}, 0)`)
      .join(" + "),
    usingMetrics,
    period,
    label: "Throttled requests",
  });
}

/**
 * `AlarmEmail` is a deploy parameter, not context: CloudFormation remembers it, so a later deploy
 * without the flag keeps the subscription. Empty (the default) creates no subscription.
 */
function subscribeEmailParameter(scope: Construct, topic: Topic) {
  const email = new CfnParameter(scope, "AlarmEmail", {
    type: "String",
    default: "",
    allowedPattern: "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
    description: "Address that receives alarm e-mails (confirm the first AWS message). Empty: no e-mail.",
  });
  email.overrideLogicalId("AlarmEmail");
  const hasEmail = new CfnCondition(scope, "HasAlarmEmail", {
    expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, "")),
  });
  const subscription = new CfnSubscription(scope, "AlarmEmailSubscription", {
    topicArn: topic.topicArn,
    protocol: "email",
    endpoint: email.valueAsString,
  });
  subscription.cfnOptions.condition = hasEmail;
}
