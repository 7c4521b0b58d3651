import { type PluginApi, uploadDirect, type WebLocale } from "@congdoan/plugin-sdk/web";
import type { FileRefView } from "./types";

/**
 * Sends one file straight to storage (a form from `<base>/files/upload-form`), then has the module
 * keep it (`<base>/files`); returns its reference or the message to show.
 */
export async function uploadFile(
  api: PluginApi,
  base: string,
  file: File,
  locale: WebLocale,
): Promise<{ ref: FileRefView } | { error: string }> {
  try {
    const uploaded = await uploadDirect(api, `${base}/files/upload-form`, file, locale);
    const kept = await api.send<FileRefView>("POST", `${base}/files`, uploaded);
    return {
      ref: { key: kept.key, fileName: kept.fileName, contentType: kept.contentType, size: kept.size },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Fetches `<base>/files/<key>` with the session and saves it under its own name; false when it failed. */
export async function downloadFile(api: PluginApi, base: string, ref: FileRefView): Promise<boolean> {
  const res = await api.raw(`${base}/files/${ref.key}`);
  if (!res.ok) return false;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = ref.fileName;
  a.click();
  URL.revokeObjectURL(url);
  return true;
}
