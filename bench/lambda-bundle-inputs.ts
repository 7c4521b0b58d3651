import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApiBundle } from "../infra/src/bundle/build-api.mjs";

/**
 * What the API's Lambda bundle is made of: esbuild's metafile, summed by npm package (or workspace
 * folder), heaviest first. Run it before trying to make the bundle smaller: `npx tsx bench/lambda-bundle-inputs.ts [n]`.
 */
const here = dirname(fileURLToPath(import.meta.url));
const top = Number(process.argv[2] ?? 20);
const out = mkdtempSync(join(tmpdir(), "bundle-inputs-"));
try {
  const result = await buildApiBundle(join(here, "../functions/api/src/lambda.ts"), join(out, "api.mjs"), {
    metafile: true,
    sourcemap: false,
    logLevel: "silent",
  });
  const output = Object.values(result.metafile!.outputs)[0]!;
  const byOwner = new Map<string, number>();
  for (const [file, input] of Object.entries(output.inputs)) {
    const owner =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? file.split("/").slice(0, 3).join("/");
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + input.bytesInOutput);
  }
  console.log(`API bundle ${(output.bytes / 1024).toFixed(0)} KB; heaviest inputs (KB after minification):`);
  for (const [owner, bytes] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)}  ${owner}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
