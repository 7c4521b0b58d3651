import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Resolved from this file rather than process.cwd() so synth and tests work from any directory.
const here = dirname(fileURLToPath(import.meta.url));

export const infraRoot = resolve(here, "..");
export const repoRoot = resolve(infraRoot, "..");

export const defaultApiEntry = resolve(repoRoot, "functions/api/src/lambda.ts");
export const defaultWebDist = resolve(repoRoot, "web/dist");

export const defaultExpiredFilesEntry = resolve(repoRoot, "functions/api/src/expired-files-lambda.ts");
