import type { PluginApi } from "@congdoan/plugin-sdk/web";
import type { FileRefView } from "./types";

/** Sends one file (multipart, field "file") to `<base>/files`; returns its reference or the server's message. */
export async function uploadFile(
  api: PluginApi,
  base: string,
  file: File,
): Promise<{ ref: FileRefView } | { error: string }> {
  const body = new FormData();
  body.append("file", file);
  const res = await api.raw(`${base}/files`, { method: "POST", body });
  const json = (await res.json().catch(() => ({}))) as FileRefView & { error?: { message?: string } };
  if (!res.ok) return { error: json.error?.message ?? res.statusText };
  return { ref: { key: json.key, fileName: json.fileName, contentType: json.contentType, size: json.size } };
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
