import { App } from "aws-cdk-lib";
import { addCongdoanStacks } from "../src/congdoan-app";

const app = new App();
addCongdoanStacks(app, {
  env: {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    // Not CDK_DEFAULT_REGION: the CLI fills that with the profile region, or us-east-1 when none is
    // configured, which would silently put member data outside Singapore. Override explicitly.
    region: process.env.CONGDOAN_REGION ?? "ap-southeast-1",
  },
  // Lets the infra be synthesised before functions/api/src/lambda.ts exists.
  apiEntry: process.env.CONGDOAN_API_ENTRY,
  domain: customDomain(),
});
app.synth();

/**
 * Context, not a CloudFormation parameter: CloudFront needs the certificate and alias together at
 * synth time. Keep both in infra/cdk.json's "context" so every later deploy sends them again.
 */
function customDomain() {
  const name: unknown = app.node.tryGetContext("domainName");
  const certificateArn: unknown = app.node.tryGetContext("certificateArn");
  if (name === undefined && certificateArn === undefined) return undefined;
  if (typeof name !== "string" || typeof certificateArn !== "string") {
    throw new Error("Set both domainName and certificateArn (see DEPLOY.md), or neither.");
  }
  return { name, certificateArn };
}
