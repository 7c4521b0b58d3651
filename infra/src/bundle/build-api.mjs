// The API's Lambda bundle, in one place for the CDK stack and bench/lambda-bundle.ts. Plain JavaScript
// so CDK's (synchronous) local bundling can run it as a child process with `node`: esbuild plugins
// only work in its asynchronous build API, which is why NodejsFunction's bundler is not used.
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

// Some bundled dependencies still call require(); ESM output has no require, so recreate it.
export const esmRequireBanner =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * @hono/zod-openapi calls extendZodWithOpenApi(z) with zod's whole namespace object, so esbuild must
 * keep every export of it — including `z.locales`, ~40 translations (≈ 255 KB minified) of which the
 * product uses two (packages/core/src/i18n/zod-messages.ts imports vi and en directly). This swaps
 * zod's locale index for one that lists only those two; `z.locales.<other>` is undefined in the bundle.
 */
export const zodTwoLocales = {
  name: "zod-two-locales",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";\nexport { default as vi } from "./vi.js";\n',
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * zod's namespace object also carries `z.compile` (a schema compiler) and `z.fromJSONSchema`, which
 * nothing in the API calls but which esbuild must keep for the same reason as the locales (≈ 45 KB
 * minified). In the bundle they are replaced by functions with the same exports that throw if ever
 * called; the names are read from the real files, so a zod release that changes them fails the
 * build instead of the Lambda. build-api.test.ts runs the built bundle.
 */
const unusedZodParts = /[\\/]zod[\\/]v4[\\/](core[\\/]compile|classic[\\/]from-json-schema)\.js$/;

export const zodWithoutUnusedParts = {
  name: "zod-without-unused-parts",
  setup(builder) {
    builder.onLoad({ filter: unusedZodParts }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const names = [...source.matchAll(/^export (?:const|function|class) ([A-Za-z_$][\w$]*)/gm)].map(
        (m) => m[1],
      );
      const stub = names
        .map(
          (name) =>
            `export function ${name}() { throw new Error("zod's ${name} is left out of the API's bundle"); }`,
        )
        .join("\n");
      return { contents: stub, loader: "js" };
    });
  },
};

/**
 * esbuild options: ESM, minified, node22, the AWS SDK (and its @smithy parts) from the Lambda runtime.
 * Split into chunks: `index.mjs` holds the host; each module's server side (imported on its first
 * request, see functions/api/src/plugin-host/mount-plugins.ts) and other late imports are chunks beside
 * it, so a cold start reads only what it runs.
 */
export function apiBuildOptions(entry, outdir) {
  return {
    entryPoints: { index: entry },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    minify: true,
    sourcemap: true,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    external: ["@aws-sdk/*", "@smithy/*"],
    banner: { js: esmRequireBanner },
    plugins: [zodTwoLocales, zodWithoutUnusedParts],
    logLevel: "warning",
  };
}

/** Builds `index.mjs` (the handler) and its chunks into `outdir`. */
export function buildApiBundle(entry, outdir, extra = {}) {
  return build({ ...apiBuildOptions(entry, outdir), ...extra });
}

// `node build-api.mjs <entry> <outdir>`: what CDK's local bundling runs.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, outdir] = process.argv.slice(2);
  if (!entry || !outdir) {
    console.error("usage: node build-api.mjs <entry.ts> <outdir>");
    process.exit(2);
  }
  await buildApiBundle(entry, outdir);
}
