import type { BuildOptions, BuildResult, Plugin } from "esbuild";

export declare const esmRequireBanner: string;
export declare const zodTwoLocales: Plugin;
export declare function apiBuildOptions(entry: string, outfile: string): BuildOptions;
export declare function buildApiBundle(
  entry: string,
  outfile: string,
  extra?: BuildOptions,
): Promise<BuildResult>;
