import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApiBundle } from "../infra/src/bundle/build-api.mjs";
import { bundleSizes } from "./bundle-sizes";

/**
 * What the API's Lambda bundle is made of: each output file (the handler `index.mjs` and its chunks)
 * with its size, then esbuild's metafile for `index.mjs` summed by npm package (or workspace folder),
 * heaviest first. Run it before trying to make the bundle smaller: `npx tsx bench/lambda-bundle-inputs.ts [n]`.
 */
const here = dirname(fileURLToPath(import.meta.url));
const top = Number(process.argv[2] ?? 20);
const out = mkdtempSync(join(tmpdir(), "bundle-inputs-"));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
try {
  const result = await buildApiBundle(join(here, "../functions/api/src/lambda.ts"), out, {
    metafile: true,
    sourcemap: false,
    logLevel: "silent",
  });
  const outputs = Object.entries(result.metafile!.outputs);
  console.log(
    `API bundle: ${outputs.length} files, ${kb(bundleSizes(result.metafile!).total).trim()} in all`,
  );
  for (const [file, output] of outputs.sort((a, b) => b[1].bytes - a[1].bytes)) {
    const from = Object.keys(output.inputs).find((i) => /plugins\/[^/]+\/src\/server\.ts$/.test(i));
    console.log(`  ${kb(output.bytes)}  ${basename(file)}${from ? `  (${from})` : ""}`);
  }
  const sizes = bundleSizes(result.metafile!);
  const byFile = new Map(outputs);
  console.log(
    `read at a cold start: ${kb(sizes.cold).trim()} (${sizes.coldFiles.map((f) => basename(f)).join(", ")})`,
  );
  const byOwner = new Map<string, number>();
  for (const file of sizes.coldFiles)
    for (const [input, { bytesInOutput }] of Object.entries(byFile.get(file)!.inputs)) {
      const owner =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split("/").slice(0, 3).join("/");
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + bytesInOutput);
    }
  console.log("its heaviest inputs after minification:");
  for (const [owner, bytes] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${kb(bytes)}  ${owner}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
