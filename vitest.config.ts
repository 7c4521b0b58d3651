import { defineConfig } from "vitest/config";

/**
 * One test run for the whole product. DynamoDB Local starts once (globalSetup); each file uses its
 * own table. Browser journeys (e2e/) and CDK assertions (infra/) are projects of their own so their
 * slower set-up stays out of the unit and integration files.
 */
export default defineConfig({
  test: {
    reporters: ["default", "./test-summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit+integration",
          include: [
            "packages/*/src/**/*.test.ts",
            "functions/*/src/**/*.test.ts",
            "plugins/*/src/**/*.test.ts",
            "web/src/**/*.test.ts",
          ],
          globalSetup: ["packages/local/src/test-global-setup.ts"],
          env: { LOG_LEVEL: "silent" },
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "infra",
          include: ["infra/src/**/*.test.ts"],
          testTimeout: 120_000,
          // Stacks are synthesised (and the API bundled) in beforeAll; on a busy 2-core machine that takes a while.
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: "e2e",
          // A module's own journeys live in its folder, so deleting the module takes them along.
          include: ["e2e/**/*.test.ts", "plugins/*/e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          env: { LOG_LEVEL: "silent" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
