import type { TestProject } from "vitest/node";
import { startDynamo } from "./dynamo";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/**
 * One in-memory DynamoDB Local for the whole test run (start-up costs ~2,5 s); each test file then
 * makes its own table, so files run in parallel without seeing each other's data.
 */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamo();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return async () => {
    await dynamo.stop();
  };
}
