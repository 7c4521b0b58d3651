import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { testStacks } from "./test-support";

/** Files listed on an item go when DynamoDB's TTL deletes the item (erased personal data). */
describe("ExpiredFiles", { timeout: 60_000 }, () => {
  let api: Template;
  let data: Template;

  beforeAll(() => {
    const stacks = testStacks();
    api = Template.fromStack(stacks.api);
    data = Template.fromStack(stacks.data);
  });

  const eraserLogicalId = () => {
    const [id] = Object.keys(
      api.findResources("AWS::Lambda::Function", {
        Properties: { MemorySize: 256, Environment: { Variables: { UPLOADS_BUCKET: Match.anyValue() } } },
      }),
    );
    if (!id) throw new Error("no expired-files function");
    return id;
  };

  it("the table streams deleted items as they were", () => {
    data.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      StreamSpecification: { StreamViewType: "OLD_IMAGE" },
      TimeToLiveSpecification: { AttributeName: "expiresAt", Enabled: true },
    });
  });

  it("only TTL deletions reach the function, and a failing batch is retried in halves", () => {
    api.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      FunctionName: { Ref: eraserLogicalId() },
      StartingPosition: "TRIM_HORIZON",
      BisectBatchOnFunctionError: true,
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ["REMOVE"],
              userIdentity: { type: ["Service"], principalId: ["dynamodb.amazonaws.com"] },
            }),
          },
        ],
      },
    });
  });

  it("may delete kept files and read the stream, and nothing else: no table item, no pending upload", () => {
    const roleRef = api.findResources("AWS::Lambda::Function")[eraserLogicalId()]!.Properties.Role;
    const roleId = roleRef["Fn::GetAtt"][0] as string;
    const policies = Object.values(api.findResources("AWS::IAM::Policy")).filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    const statements = policies.flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect(actions.filter((a) => a.startsWith("s3:"))).toEqual(["s3:DeleteObject"]);
    expect(actions.filter((a) => a.startsWith("dynamodb:")).sort()).toEqual([
      "dynamodb:DescribeStream",
      "dynamodb:GetRecords",
      "dynamodb:GetShardIterator",
      "dynamodb:ListStreams",
    ]);
    const erase = statements.find((s) => s.Action === "s3:DeleteObject")!;
    expect(JSON.stringify(erase.Resource)).toContain('"/t/*"');
  });

  it("tells the operator, through the one topic, when files could not be erased", () => {
    api.hasResourceProperties("AWS::CloudWatch::Alarm", {
      MetricName: "Errors",
      Dimensions: [{ Name: "FunctionName", Value: { Ref: eraserLogicalId() } }],
      AlarmActions: [{ Ref: Match.stringLikeRegexp("AlarmsTopic") }],
      OKActions: [{ Ref: Match.stringLikeRegexp("AlarmsTopic") }],
    });
  });
});
