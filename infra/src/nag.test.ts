import { App, Stack, Validations } from "aws-cdk-lib";
import { PolicyStatement, Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { acknowledgeWildcards } from "./nag";
import { fixtureWebDist, testEnv, testStacks } from "./test-support";

const describeViolations = (scope: IConstruct) =>
  new AwsSolutionsChecks()
    .validateScope(scope)
    .violations.map((v) => `${v.ruleName} @ ${v.violatingResources.map((r) => r.constructPath).join(", ")}`);

describe("cdk-nag AwsSolutions", () => {
  // Finding IDs can embed the environment, so check a deploy-like env and the offline one
  // (no credentials: account unknown, as with `cdk synth` on a laptop or in CI).
  it.each([
    ["a known account", testEnv],
    ["an unknown account", { region: testEnv.region }],
  ])("reports nothing unacknowledged with %s (errors or warnings)", { timeout: 60_000 }, (_, env) => {
    // Largest graph: includes the BucketDeployment that only exists once web/dist is built.
    const { app } = testStacks({ webDistPath: fixtureWebDist, env });
    // The pack is registered as a validation plugin, so synth itself fails on any finding...
    expect(() => app.synth()).not.toThrow();
    // ...and this lists them readably if it ever does.
    expect(describeViolations(app)).toEqual([]);
  });

  it("gives every acknowledgement a written reason", { timeout: 60_000 }, () => {
    const { app } = testStacks({ webDistPath: fixtureWebDist });
    app.synth();
    const acknowledgements = app.node
      .findAll()
      .flatMap((c) => c.node.metadata)
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>));
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgements) {
      // cdk-nag findings, plus the CloudFormation linter that aws-cdk-lib runs at synth.
      expect(id).toMatch(/^(Annotation::)?(AwsSolutions-|CloudFormation-Validate::)/);
      expect(reason.length, id).toBeGreaterThan(40);
    }
  });

  it("acknowledgeWildcards only silences the findings its patterns match", () => {
    const app = new App();
    const stack = new Stack(app, "Probe");
    const role = new Role(stack, "Role", { assumedBy: new ServicePrincipal("lambda.amazonaws.com") });
    role.addToPolicy(new PolicyStatement({ actions: ["s3:Get*", "dynamodb:*"], resources: ["*"] }));
    acknowledgeWildcards(role, [/^Action::s3:Get\*$/], "Probe: only the S3 read wildcard is expected here.");
    app.synth(); // aspects (where the acknowledgements are made) run during synthesis

    const iam5 = describeViolations(stack).filter((v) => v.startsWith("AwsSolutions-IAM5"));
    expect(iam5.map((v) => v.split(" @ ")[0])).toEqual([
      "AwsSolutions-IAM5[Action::dynamodb:*]",
      "AwsSolutions-IAM5[Resource::*]",
    ]);
  });
});
