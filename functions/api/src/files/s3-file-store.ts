import type { S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@congdoan/core";
import type { TemporaryCredentials } from "@congdoan/db";
import type { FileStore, StoredFile } from "@congdoan/plugin-sdk";
import { checkUpload, FILE_KEY, MAX_FILE_BYTES, newFileKey } from "./file-rules";
import { adoptableKey, uploadNotFound } from "./pending-upload";
import { s3UploadSigner } from "./s3-upload-form";
import { createUploadForm, pendingObjectKey } from "./upload-form";

/**
 * Files in the uploads bucket under `t/<tenant>/<plugin>/<key>`, written and read with the tenant's
 * scoped credentials: the tenant role may only touch `t/<TenantId>/*` and `tmp/<TenantId>/*`, so a
 * bug cannot cross tenants. Browser uploads land in `tmp/…` by presigned POST and are moved here.
 */
export function s3FileStore(options: {
  bucket: string;
  region: string;
  tenant: string;
  plugin: string;
  credentials: () => Promise<TemporaryCredentials>;
}): FileStore {
  // The S3 client is loaded on the first file operation, not at cold start: most requests never touch
  // a file, and the module costs about 100 ms to load in a cold Lambda.
  let loaded: Promise<{ s3: typeof import("@aws-sdk/client-s3"); client: S3Client }> | undefined;
  const sdk = () => {
    loaded ??= import("@aws-sdk/client-s3").then((s3) => ({
      s3,
      client: new s3.S3Client({ region: options.region, credentials: options.credentials }),
    }));
    return loaded;
  };
  const objectKey = (key: string) => {
    if (!FILE_KEY.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return `t/${options.tenant}/${options.plugin}/${key}`;
  };
  const sign = s3UploadSigner(options);
  // The original name travels URL-encoded: S3 metadata is ASCII, Vietnamese names are not.
  const metadata = (fileName: string) => ({ filename: encodeURIComponent(fileName) });
  return {
    maxBytes: MAX_FILE_BYTES,
    async put({ fileName, contentType, bytes }) {
      checkUpload(contentType, bytes.length);
      const { s3, client } = await sdk();
      const key = newFileKey();
      const file: StoredFile = { key, fileName: fileName.slice(0, 200), contentType, size: bytes.length };
      await client.send(
        new s3.PutObjectCommand({
          Bucket: options.bucket,
          Key: objectKey(key),
          Body: bytes,
          ContentType: contentType,
          Metadata: metadata(file.fileName),
        }),
      );
      return file;
    },
    async createUpload({ contentType, size }) {
      return createUploadForm({ tenant: options.tenant, plugin: options.plugin, contentType, size }, sign);
    },
    async adopt(key, { fileName }) {
      const { s3, client } = await sdk();
      const source = pendingObjectKey(options.tenant, options.plugin, adoptableKey(key));
      let head: { ContentType?: string; ContentLength?: number };
      try {
        head = await client.send(new s3.HeadObjectCommand({ Bucket: options.bucket, Key: source }));
      } catch (error) {
        // HEAD has no body, so a missing object is a bare 404 ("NotFound"), not NoSuchKey.
        if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
          throw uploadNotFound();
        throw error;
      }
      // The POST policy already held the type and size to the form's; checked again in case the
      // rules changed, or the object was written some other way under the tenant's prefix.
      const contentType = head.ContentType ?? "application/octet-stream";
      const size = head.ContentLength ?? 0;
      checkUpload(contentType, size);
      const file: StoredFile = { key, fileName: fileName.slice(0, 200), contentType, size };
      await client.send(
        new s3.CopyObjectCommand({
          Bucket: options.bucket,
          Key: objectKey(key),
          CopySource: `${options.bucket}/${source}`,
          MetadataDirective: "REPLACE",
          ContentType: contentType,
          Metadata: metadata(file.fileName),
        }),
      );
      await client.send(new s3.DeleteObjectCommand({ Bucket: options.bucket, Key: source }));
      return file;
    },
    async get(key) {
      const { s3, client } = await sdk();
      try {
        const out = await client.send(
          new s3.GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }),
        );
        const bytes = await out.Body!.transformToByteArray();
        const fileName = decodeURIComponent(out.Metadata?.filename ?? key);
        return {
          file: {
            key,
            fileName,
            contentType: out.ContentType ?? "application/octet-stream",
            size: bytes.length,
          },
          bytes,
        };
      } catch (error) {
        if (error instanceof s3.NoSuchKey) return undefined;
        throw error;
      }
    },
    async remove(key) {
      const { s3, client } = await sdk();
      await client.send(new s3.DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },
  };
}
