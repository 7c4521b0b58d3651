import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { testStacks } from "./test-support";

describe("ApiStack", { timeout: 60_000 }, () => {
  let template: Template;
  let outdir: string;

  beforeAll(() => {
    const { app, api } = testStacks();
    template = Template.fromStack(api);
    outdir = app.outdir;
  });

  it("runs the handler on Node.js 22 / arm64 with the agreed sizing", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: 1024,
      Timeout: 10,
      Handler: "index.handler",
      Environment: {
        Variables: { TABLE_NAME: Match.anyValue(), NODE_OPTIONS: "--enable-source-maps" },
      },
      LoggingConfig: { LogGroup: Match.anyValue() },
    });
  });

  it("keeps function logs for one month", () => {
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
  });

  it("bundles to ESM with a source map and the require() banner", () => {
    const bundles = readdirSync(outdir)
      .map((dir) => join(outdir, dir, "index.mjs"))
      .filter((file) => existsSync(file));
    expect(bundles).toHaveLength(1);
    const [bundle] = bundles as [string];
    expect(existsSync(`${bundle}.map`)).toBe(true);
    expect(readFileSync(bundle, "utf8")).toContain("createRequire");
  });

  it("can read and write the table and its gsi1 index, nothing wider", () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy"));
    const statements = policies.flatMap((p) => p.Properties.PolicyDocument.Statement);
    const dynamo = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith("dynamodb:")));
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0].Action).toEqual(
      expect.arrayContaining(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]),
    );
    expect(JSON.stringify(dynamo[0].Resource)).toContain("/index/gsi1");
    expect(JSON.stringify(dynamo[0].Resource)).not.toContain("*");
  });

  it("exposes ANY /api/{proxy+} on an HTTP API", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Api", { ProtocolType: "HTTP" });
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", { RouteKey: "ANY /api/{proxy+}" });
    template.hasResourceProperties("AWS::ApiGatewayV2::Integration", {
      IntegrationType: "AWS_PROXY",
      PayloadFormatVersion: "2.0",
    });
  });

  it("throttles and access-logs the $default stage", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Stage", 1);
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp("requestId") },
    });
  });

  it("outputs the API URL", () => {
    template.hasOutput("ApiUrl", {});
  });
});
