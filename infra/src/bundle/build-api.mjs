// The API's Lambda bundle, in one place for the CDK stack and bench/lambda-bundle.ts. Plain JavaScript
// so CDK's (synchronous) local bundling can run it as a child process with `node`: esbuild plugins
// only work in its asynchronous build API, which is why NodejsFunction's bundler is not used.
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

/** esbuild options: ESM, minified, node22, the AWS SDK (and its @smithy parts) from the Lambda runtime. */
export function apiBuildOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node22",
    minify: true,
    sourcemap: true,
    external: ["@aws-sdk/*", "@smithy/*"],
    banner: { js: esmRequireBanner },
    plugins: [zodTwoLocales],
    logLevel: "warning",
  };
}

export function buildApiBundle(entry, outfile, extra = {}) {
  return build({ ...apiBuildOptions(entry, outfile), ...extra });
}

// `node build-api.mjs <entry> <outfile>`: what CDK's local bundling runs.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, outfile] = process.argv.slice(2);
  if (!entry || !outfile) {
    console.error("usage: node build-api.mjs <entry.ts> <outfile.mjs>");
    process.exit(2);
  }
  await buildApiBundle(entry, outfile);
}
