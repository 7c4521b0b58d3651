import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
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
  const client = new S3Client({ credentials: options.credentials });
  const objectKey = (key: string) => {
    if (!FILE_KEY.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return `t/${options.tenant}/${options.plugin}/${key}`;
  };
  return {
    maxBytes: MAX_FILE_BYTES,
    async put({ fileName, contentType, bytes }) {
      checkUpload(contentType, bytes.length);
      const key = newFileKey();
      const file: StoredFile = { key, fileName: fileName.slice(0, 200), contentType, size: bytes.length };
      await client.send(
        new PutObjectCommand({
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
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
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
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },
  };
}
