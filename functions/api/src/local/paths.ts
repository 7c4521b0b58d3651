import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so commands work from any working directory. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const webRoot = join(repoRoot, "web");
export const webDist = join(webRoot, "dist");
export const dataDir = join(repoRoot, ".data", "dynamodb");
export const filesDir = join(repoRoot, ".data", "files");
