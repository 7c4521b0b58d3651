import { basename } from "node:path";
import type { Metafile } from "esbuild";

export interface BundleSizes {
  /** Every output file (handler and chunks), in bytes. */
  total: number;
  /** `index.mjs` and the chunks it imports statically, transitively: what a cold start reads. */
  cold: number;
  coldFiles: string[];
}

/** Sizes of a split ESM build from esbuild's metafile; chunks imported with `import()` are not cold. */
export function bundleSizes(metafile: Metafile): BundleSizes {
  const outputs = new Map(Object.entries(metafile.outputs).filter(([file]) => !file.endsWith(".map")));
  const coldFiles = new Set<string>();
  const visit = (file: string) => {
    if (coldFiles.has(file)) return;
    coldFiles.add(file);
    for (const i of outputs.get(file)!.imports)
      if (i.kind === "import-statement" && outputs.has(i.path)) visit(i.path);
  };
  const entry = [...outputs.keys()].find((file) => basename(file) === "index.mjs");
  if (!entry) throw new Error("no index.mjs among the outputs");
  visit(entry);
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + outputs.get(f)!.bytes, 0);
  return { total: sum(outputs.keys()), cold: sum(coldFiles), coldFiles: [...coldFiles] };
}
