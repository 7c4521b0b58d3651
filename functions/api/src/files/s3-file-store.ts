import type { S3Client } from "@aws-sdk/client-s3";
import { AppError } from "@congdoan/core";
import type { TemporaryCredentials } from "@congdoan/db";
import type { FileStore, StoredFile } from "@congdoan/plugin-sdk";
import { checkUpload, FILE_KEY, MAX_FILE_BYTES, newFileKey } from "./file-rules";

/**
 * Files in the uploads bucket under `t/<tenant>/<plugin>/<key>`, written and read with the tenant's
 * scoped credentials: the tenant role may only touch `t/<TenantId>/*`, so a bug cannot cross tenants.
 */
export function s3FileStore(options: {
  bucket: string;
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
      client: new s3.S3Client({ credentials: options.credentials }),
    }));
    return loaded;
  };
  const objectKey = (key: string) => {
    if (!FILE_KEY.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return `t/${options.tenant}/${options.plugin}/${key}`;
  };
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
          // The original name travels URL-encoded: S3 metadata is ASCII, Vietnamese names are not.
          Metadata: { filename: encodeURIComponent(file.fileName) },
        }),
      );
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
