import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError, formatNumber } from "@congdoan/core";
import type { FileStore, StoredFile } from "@congdoan/plugin-sdk";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const ALLOWED_TYPES =
  /^(application\/pdf|image\/(png|jpeg|webp)|text\/csv|application\/vnd\.openxmlformats-officedocument\.(wordprocessingml\.document|spreadsheetml\.sheet)|application\/msword|application\/vnd\.ms-excel)$/;

/**
 * Files on the local disk under `<root>/<tenant>/<plugin>/`, with a small JSON sidecar for the
 * name and type. The cloud stores the same keys in the uploads bucket.
 */
export function localFileStore(root: string, tenant: string, plugin: string): FileStore {
  const dir = join(root, tenant, plugin);
  const pathOf = (key: string) => {
    if (!/^f[0-9a-f]{24}$/.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return join(dir, key);
  };
  return {
    maxBytes: MAX_FILE_BYTES,
    async put({ fileName, contentType, bytes }) {
      if (bytes.length > MAX_FILE_BYTES) {
        throw new AppError("payload_too_large", "error.payloadTooLarge", {
          limit: `${formatNumber(MAX_FILE_BYTES / 1024 / 1024)} MB`,
        });
      }
      if (!ALLOWED_TYPES.test(contentType))
        throw new AppError("unsupported_media_type", "error.unsupportedMediaType");
      const key = `f${randomBytes(12).toString("hex")}`;
      const file: StoredFile = { key, fileName: fileName.slice(0, 200), contentType, size: bytes.length };
      await mkdir(dir, { recursive: true });
      await writeFile(pathOf(key), bytes);
      await writeFile(`${pathOf(key)}.json`, JSON.stringify(file));
      return file;
    },
    async get(key) {
      try {
        const file = JSON.parse(await readFile(`${pathOf(key)}.json`, "utf8")) as StoredFile;
        return { file, bytes: new Uint8Array(await readFile(pathOf(key))) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
      await rm(`${pathOf(key)}.json`, { force: true });
    },
  };
}
