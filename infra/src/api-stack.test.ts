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

  it("passes the table, uploads bucket and signing secret to the handler", () => {
    template.hasResourceProperties("AWS::Lambda::Function", {
      Environment: {
        Variables: {
          TABLE_NAME: { "Fn::If": ["UseTableNameOverride", { Ref: "TableNameOverride" }, Match.anyValue()] },
          UPLOADS_BUCKET: { Ref: Match.stringLikeRegexp("^UploadsBucket") },
          JWT_SECRET_ARN: { Ref: Match.stringLikeRegexp("^JwtSigningSecret") },
        },
      },
    });
  });

  it("leaves concurrency unreserved so an idle deployment costs nothing", () => {
    const [fn] = Object.values(
      template.findResources("AWS::Lambda::Function", { Properties: { Runtime: "nodejs22.x" } }),
    );
    expect(fn?.Properties.ReservedConcurrentExecutions).toBeUndefined();
    template.resourceCountIs("AWS::Lambda::Version", 0);
  });

  it("generates a 64-character signing secret that the handler, and only it, can read", () => {
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: { PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false },
    });
    const [secretId] = Object.keys(template.findResources("AWS::SecretsManager::Secret"));
    const readers = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) =>
      p.Properties.PolicyDocument.Statement.some(
        (s: { Action: string[]; Resource: unknown }) =>
          [s.Action].flat().includes("secretsmanager:GetSecretValue") &&
          JSON.stringify(s.Resource) === JSON.stringify({ Ref: secretId }),
      ),
    );
    expect(readers).toHaveLength(1);
    expect(readers[0]?.Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^ApiHandlerServiceRole/) }]);
    // During a rotation the handler also reads AWSPREVIOUS: the grant must not be tied to one stage.
    const grant = readers[0]?.Properties.PolicyDocument.Statement.find((s: { Action: string[] }) =>
      [s.Action].flat().includes("secretsmanager:GetSecretValue"),
    );
    expect(JSON.stringify(grant?.Condition ?? {})).not.toContain("VersionStage");
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
      DefaultRouteSettings: { ThrottlingBurstLimit: 600, ThrottlingRateLimit: 300 },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp("requestId") },
    });
  });

  it("writes access logs as one JSON object per request", () => {
    const [stage] = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({ requestId: "$context.requestId", status: "$context.status" });
  });

  it("throttles POST /api/t/{tenant}/auth/login harder than the rest, on a route of its own", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Route", {
      RouteKey: "POST /api/t/{tenant}/auth/login",
    });
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      RouteSettings: {
        "POST /api/t/{tenant}/auth/login": { ThrottlingBurstLimit: 20, ThrottlingRateLimit: 10 },
      },
    });
    // CloudFormation rejects route settings for a route that does not exist yet.
    const [stage] = Object.values(template.findResources("AWS::ApiGatewayV2::Stage"));
    const [loginId] = Object.keys(
      template.findResources("AWS::ApiGatewayV2::Route", {
        Properties: { RouteKey: "POST /api/t/{tenant}/auth/login" },
      }),
    );
    expect(stage?.DependsOn).toContain(loginId);
  });

  it("outputs the API URL", () => {
    template.hasOutput("ApiUrl", {});
  });
});
