import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "@congdoan/core";
import type { FileStore, StoredFile } from "@congdoan/plugin-sdk";
import { checkUpload, FILE_KEY, MAX_FILE_BYTES, newFileKey } from "./file-rules";

/**
 * Files on the local disk under `<root>/<tenant>/<plugin>/`, with a small JSON sidecar for the
 * name and type. The cloud keeps the same keys in the uploads bucket (s3-file-store.ts).
 */
export function localFileStore(root: string, tenant: string, plugin: string): FileStore {
  const dir = join(root, tenant, plugin);
  const pathOf = (key: string) => {
    if (!FILE_KEY.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return join(dir, key);
  };
  return {
    maxBytes: MAX_FILE_BYTES,
    async put({ fileName, contentType, bytes }) {
      checkUpload(contentType, bytes.length);
      const key = newFileKey();
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
