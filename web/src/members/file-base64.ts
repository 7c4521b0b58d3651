/** Encodes bytes as base64 in chunks (a single String.fromCharCode(...bytes) overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/**
 * The request body is JSON with the file inside as base64 (4/3 larger); the import routes take up to
 * 12 MB of base64, so files are checked against that before they are read.
 */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export const IMPORT_EXTENSIONS = [".csv", ".xlsx"] as const;

export function hasImportExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
