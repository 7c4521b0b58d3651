import type { UploadForm } from "@congdoan/plugin-sdk";
import { checkUpload, newFileKey } from "./file-rules";

export type { UploadForm };

/*
 * A form the browser posts a file to directly (multipart/form-data: every field, then "file" last),
 * so file bodies never pass through the API. In the cloud it is an S3 presigned POST; locally the
 * same shape posts to the API's own emulation (local-upload.ts). The shape is the SDK's UploadForm.
 */

/** What the form is for: the checks of file-rules.ts are applied before anything is signed. */
export interface UploadIntent {
  tenant: string;
  plugin: string;
  contentType: string;
  size: number;
}

/** Signs the policy of one upload: `objectKey` exactly, this content type, at most `maxBytes`. */
export type UploadSigner = (
  policy: UploadPolicy,
) => Promise<Pick<UploadForm, "url" | "fields"> & { /** When it signed a shorter life. */ expiresAt?: Date }>;

export interface UploadPolicy {
  objectKey: string;
  contentType: string;
  maxBytes: number;
  expiresAt: Date;
}

const FORM_SECONDS = 5 * 60;

/** Pending uploads land under tmp/<tenant>/ (the tenant role may write there, lifecycle expires it). */
export const pendingObjectKey = (tenant: string, plugin: string, key: string) =>
  `tmp/${tenant}/${plugin}/${key}`;

export async function createUploadForm(
  intent: UploadIntent,
  sign: UploadSigner,
  now: () => number = Date.now,
): Promise<UploadForm> {
  checkUpload(intent.contentType, intent.size);
  const key = newFileKey();
  const expiresAt = new Date(now() + FORM_SECONDS * 1000);
  const signed = await sign({
    objectKey: pendingObjectKey(intent.tenant, intent.plugin, key),
    contentType: intent.contentType,
    // The declared size, not the 10 MB ceiling: a browser knows a picked file's exact size, and a
    // module may have checked it against a lower limit of its own before asking for the form.
    maxBytes: intent.size,
    expiresAt,
  });
  return {
    url: signed.url,
    fields: signed.fields,
    key,
    maxBytes: intent.size,
    expiresAt: (signed.expiresAt ?? expiresAt).toISOString(),
  };
}
