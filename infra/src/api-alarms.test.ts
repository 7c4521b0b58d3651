import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { testStacks } from "./test-support";

type Alarm = { Properties: Record<string, unknown> & { Metrics?: { Expression?: string }[] } };

describe("API alarms", { timeout: 60_000 }, () => {
  let template: Template;
  let alarms: Record<string, Alarm>;
  let topicId: string;
  const alarm = (prefix: string) => {
    const entry = Object.entries(alarms).find(([id]) => id.startsWith(prefix));
    if (!entry) throw new Error(`no alarm ${prefix}`);
    return entry[1].Properties;
  };

  beforeAll(() => {
    template = Template.fromStack(testStacks().api);
    alarms = template.findResources("AWS::CloudWatch::Alarm") as Record<string, Alarm>;
    topicId = Object.keys(template.findResources("AWS::SNS::Topic"))[0]!;
  });

  it("sends every alarm, and its all-clear, to the one SNS topic", () => {
    // The API's four, and the expired-files function's errors (expired-files.ts).
    expect(Object.keys(alarms)).toHaveLength(5);
    for (const { Properties } of Object.values(alarms)) {
      expect(Properties.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(Properties.OKActions).toEqual([{ Ref: topicId }]);
      expect(Properties.TreatMissingData).toBe("notBreaching");
    }
  });

  it("alarms on a 5xx rate above 1% over five minutes", () => {
    const p = alarm("AlarmsServerErrorRate");
    expect(p).toMatchObject({
      Threshold: 1,
      ComparisonOperator: "GreaterThanThreshold",
      EvaluationPeriods: 1,
    });
    expect(p.Metrics?.[0]?.Expression).toBe("IF(requests >= 20, 100 * errors / requests, 0)");
    expect(JSON.stringify(p.Metrics)).toContain('"MetricName":"5xx"');
    expect(JSON.stringify(p.Metrics)).toContain('"MetricName":"Count"');
    expect(JSON.stringify(p.Metrics)).toContain('"Period":300');
  });

  it("alarms on any Lambda throttle", () => {
    expect(alarm("AlarmsLambdaThrottles")).toMatchObject({
      Namespace: "AWS/Lambda",
      MetricName: "Throttles",
      Statistic: "Sum",
      Threshold: 0,
      ComparisonOperator: "GreaterThanThreshold",
    });
  });

  it("alarms on p99 latency above 3 s", () => {
    expect(alarm("AlarmsLatencyP99")).toMatchObject({
      Namespace: "AWS/ApiGateway",
      MetricName: "Latency",
      ExtendedStatistic: "p99",
      Threshold: 3000,
      ComparisonOperator: "GreaterThanThreshold",
    });
  });

  it("alarms on any throttled DynamoDB request against the table the API uses", () => {
    const p = alarm("AlarmsTableThrottles");
    expect(p).toMatchObject({ Threshold: 0, ComparisonOperator: "GreaterThanThreshold" });
    const text = JSON.stringify(p.Metrics);
    expect(text.match(/"MetricName":"ThrottledRequests"/g)).toHaveLength(6);
    expect(text).toContain('"Fn::If":["UseTableNameOverride"');
    // CloudWatch accepts at most 10 metrics per alarm, the expression included.
    expect(p.Metrics?.length).toBeLessThanOrEqual(10);
  });

  it("uses 11 alarm metrics: CloudWatch's free 10 and one at $0.10 a month (DEPLOY.md, cost at rest)", () => {
    const metrics = Object.values(alarms).reduce(
      (sum, { Properties }) => sum + (Properties.Metrics?.filter((m) => !m.Expression).length ?? 1),
      0,
    );
    expect(metrics).toBe(11);
  });

  it("subscribes the AlarmEmail parameter only when it is set", () => {
    template.hasParameter("AlarmEmail", { Type: "String", Default: "" });
    const [condition, ...more] = Object.entries(
      template.toJSON().Conditions as Record<string, unknown>,
    ).filter(([id]) => id.includes("HasAlarmEmail"));
    expect(more).toEqual([]);
    expect(condition?.[1]).toEqual({ "Fn::Not": [{ "Fn::Equals": [{ Ref: "AlarmEmail" }, ""] }] });
    template.hasResource("AWS::SNS::Subscription", {
      Condition: condition?.[0],
      Properties: { Protocol: "email", Endpoint: { Ref: "AlarmEmail" }, TopicArn: { Ref: topicId } },
    });
  });
});
