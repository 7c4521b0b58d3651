import { type App, type Environment, Tags, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { ApiStack } from "./api-stack";
import { DataStack } from "./data-stack";
import { type CustomDomain, WebStack } from "./web-stack";

export interface CongdoanAppOptions {
  readonly env?: Environment;
  /** Override the API handler entry (tests and pre-API synth); defaults to functions/api/src/lambda.ts. */
  readonly apiEntry?: string;
  /** Override the built SPA folder; defaults to web/dist. */
  readonly webDistPath?: string;
  /** The federation's own host name and its us-east-1 ACM certificate (DEPLOY.md, "Tên miền riêng"). */
  readonly domain?: CustomDomain;
}

/** Wires the three stacks; shared by bin/app.ts and the tests so both exercise the same graph. */
export function addCongdoanStacks(app: App, options: CongdoanAppOptions = {}) {
  const { env } = options;
  const data = new DataStack(app, "CongdoanData", { env, description: "Công Đoàn Số: DynamoDB table" });
  const api = new ApiStack(app, "CongdoanApi", {
    env,
    description: "Công Đoàn Số: HTTP API, Lambda, uploads bucket, tenant roles, alarms",
    table: data.table,
    entry: options.apiEntry,
  });
  const web = new WebStack(app, "CongdoanWeb", {
    env,
    description: "Công Đoàn Số: SPA bucket + CloudFront",
    httpApi: api.httpApi,
    uploads: api.uploads,
    webDistPath: options.webDistPath,
    domain: options.domain,
  });

  Tags.of(app).add("project", "congdoan");
  // cdk-nag v3 runs as a policy-validation plugin: any unacknowledged finding fails `cdk synth`.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { data, api, web };
}
