import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, type Environment } from "aws-cdk-lib";
import { addCongdoanStacks } from "./congdoan-app";
import { infraRoot } from "./paths";
import type { CustomDomain } from "./web-stack";

export const fixtureHandler = join(infraRoot, "test-fixtures/handler.ts");
export const fixtureWebDist = join(infraRoot, "test-fixtures/web-dist");
export const testEnv = { account: "111111111111", region: "ap-southeast-1" };

/** An App with cdk.json's feature flags, so tests synthesise exactly what `cdk synth` would. */
export function testApp(): App {
  const cdkJson = JSON.parse(readFileSync(join(infraRoot, "cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  return new App({ context: cdkJson.context });
}

/** The full three-stack app, bundling the tiny fixture handler instead of the real API. */
export function testStacks(options: { webDistPath?: string; env?: Environment; domain?: CustomDomain } = {}) {
  const app = testApp();
  const stacks = addCongdoanStacks(app, {
    env: options.env ?? testEnv,
    apiEntry: fixtureHandler,
    webDistPath: options.webDistPath ?? join(infraRoot, "test-fixtures/missing-dist"),
    domain: options.domain,
  });
  return { app, ...stacks };
}
