import type { FileStore } from "@congdoan/plugin-sdk";

/** An attached file as the nominating unit's officers and the deciders see it (never reviewers). */
export interface EvidenceView {
  key: string;
  fileName: string;
  size: number;
}

/**
 * Names and sizes of a nomination's evidence, for the one-file view (at most 10 files). A key whose
 * file is gone (erased) is left out.
 */
export async function evidenceOf(files: FileStore, keys: string[]): Promise<EvidenceView[]> {
  const found = await Promise.all(keys.map((key) => files.get(key).catch(() => undefined)));
  return found.flatMap((f) => (f ? [{ key: f.file.key, fileName: f.file.fileName, size: f.file.size }] : []));
}
