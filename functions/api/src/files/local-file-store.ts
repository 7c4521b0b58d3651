import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { AppError } from "@congdoan/core";
import type { FileStore, StoredFile } from "@congdoan/plugin-sdk";
import { checkUpload, FILE_KEY, MAX_FILE_BYTES, newFileKey } from "./file-rules";
import { adoptableKey, uploadNotFound } from "./pending-upload";
import { createUploadForm, pendingObjectKey, type UploadSigner } from "./upload-form";

/** Where the local upload stand-in (local-upload.ts) writes, and how its forms are signed. */
export interface LocalUploads {
  /** Root of `tmp/<tenant>/<plugin>/<key>`, as localUploadRoutes({ root }) writes it. */
  root: string;
  sign: UploadSigner;
}

/**
 * Files on the local disk under `<root>/<tenant>/<plugin>/`, with a small JSON sidecar for the
 * name and type. The cloud keeps the same keys in the uploads bucket (s3-file-store.ts).
 */
export function localFileStore(
  root: string,
  tenant: string,
  plugin: string,
  uploads?: LocalUploads,
): FileStore {
  const dir = join(root, tenant, plugin);
  const pathOf = (key: string) => {
    if (!FILE_KEY.test(key)) throw new AppError("not_found", "error.notFound", { what: key });
    return join(dir, key);
  };
  const keep = async (key: string, file: StoredFile, bytes?: Uint8Array) => {
    await mkdir(dir, { recursive: true });
    if (bytes) await writeFile(pathOf(key), bytes);
    await writeFile(`${pathOf(key)}.json`, JSON.stringify(file));
    return file;
  };
  const needUploads = () => {
    if (!uploads) throw new Error("browser uploads are not configured for this local file store");
    return uploads;
  };
  return {
    maxBytes: MAX_FILE_BYTES,
    async put({ fileName, contentType, bytes }) {
      checkUpload(contentType, bytes.length);
      const key = newFileKey();
      const file: StoredFile = { key, fileName: fileName.slice(0, 200), contentType, size: bytes.length };
      return keep(key, file, bytes);
    },
    async createUpload({ contentType, size }) {
      return createUploadForm({ tenant, plugin, contentType, size }, needUploads().sign);
    },
    async adopt(key, { fileName }) {
      const pending = join(needUploads().root, pendingObjectKey(tenant, plugin, adoptableKey(key)));
      let signed: { contentType: string; size: number };
      let size: number;
      try {
        // The sidecar holds the content type the form was signed for, as S3 keeps an object's type.
        signed = JSON.parse(await readFile(`${pending}.json`, "utf8"));
        size = (await stat(pending)).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw uploadNotFound();
        throw error;
      }
      checkUpload(signed.contentType, size);
      await mkdir(dir, { recursive: true });
      await rename(pending, pathOf(key));
      await rm(`${pending}.json`, { force: true });
      return keep(key, { key, fileName: fileName.slice(0, 200), contentType: signed.contentType, size });
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
