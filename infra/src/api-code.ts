import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AssetHashType, DockerImage } from "aws-cdk-lib";
import { Code } from "aws-cdk-lib/aws-lambda";

const buildScript = join(dirname(fileURLToPath(import.meta.url)), "bundle/build-api.mjs");

/**
 * The API's code asset: `index.mjs` and its chunks (+ source maps) built by bundle/build-api.mjs with the workspace
 * esbuild, the same build bench/lambda-bundle.ts measures. Hashed by its output, so a change in any
 * bundled workspace package redeploys and an unchanged bundle does not.
 */
export function apiCode(entry: string): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by the type, never pulled: there is no Docker engine here and local bundling must not
      // silently fall back to it, so a failed build throws instead.
      image: DockerImage.fromRegistry("public.ecr.aws/sam/build-nodejs22.x"),
      local: {
        tryBundle(outputDir) {
          const run = spawnSync(process.execPath, [buildScript, entry, outputDir], {
            encoding: "utf8",
          });
          if (run.status !== 0) throw new Error(`Bundling ${entry} failed:\n${run.stderr || run.error}`);
          return true;
        },
      },
    },
  });
}
