import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { FileStore } from "@congdoan/plugin-sdk";
import type { Hono } from "hono";
import { localFileStore } from "./local-file-store";
import { localUploadRoutes, localUploadSigner } from "./local-upload";

/** Where the local server receives upload forms: under /api, so CSP's `connect-src 'self'` allows it. */
export const LOCAL_UPLOAD_PATH = "/api/uploads/local";

export interface LocalFiles {
  files: (tenant: string, plugin: string) => FileStore;
  /** Where pending browser uploads wait (see sweepPendingUploads). */
  uploadsRoot: string;
  /** The stand-in for S3's presigned POST, to mount at LOCAL_UPLOAD_PATH. */
  uploadRoutes: Hono;
}

/**
 * Everything file-related for `npm start` and the tests: kept files under `<root>/<tenant>/<plugin>/`,
 * browser uploads pending under `<root>/.uploads/tmp/<tenant>/<plugin>/` (a tenant slug cannot start
 * with a dot), and forms signed with a secret of this process (a form does not outlive a restart,
 * which its 5 minutes make harmless).
 */
export function localFiles(
  root: string,
  options: { secret?: Uint8Array; now?: () => number } = {},
): LocalFiles {
  const secret = options.secret ?? randomBytes(32);
  const uploads = { root: join(root, ".uploads"), sign: localUploadSigner(secret, LOCAL_UPLOAD_PATH) };
  return {
    files: (tenant, plugin) => localFileStore(root, tenant, plugin, uploads),
    uploadsRoot: uploads.root,
    uploadRoutes: localUploadRoutes({
      root: uploads.root,
      secret,
      ...(options.now ? { now: options.now } : {}),
    }),
  };
}
