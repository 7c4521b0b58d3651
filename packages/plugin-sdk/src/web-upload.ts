import type { PluginApi, WebLocale } from "./web";

/** The form the module's upload route answers (the server's `UploadForm`). */
interface UploadFormAnswer {
  url: string;
  fields: Record<string, string>;
  key: string;
}

const refused = {
  vi: (status: number) =>
    `Không tải được tệp lên (mã ${status}). Hãy kiểm tra loại tệp, dung lượng rồi thử lại.`,
  en: (status: number) =>
    `The file could not be uploaded (code ${status}). Check its type and size, then try again.`,
};

/**
 * Sends a picked file straight to storage: asks the module's route at `formPath` for an upload form,
 * posts the form's fields then the file to the form's address (S3 in the cloud, the API's stand-in
 * locally), and returns the key to send with the record. The module's route refuses a wrong type or
 * size before anything is sent (its message comes back as the rejection).
 */
export async function uploadDirect(
  api: PluginApi,
  formPath: string,
  file: File,
  locale: WebLocale,
): Promise<{ key: string; fileName: string }> {
  const form = await api.send<UploadFormAnswer>("POST", formPath, {
    fileName: file.name,
    contentType: file.type || "application/octet-stream",
    size: file.size,
  });
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  // Storage reads the fields first: the file must be the last part.
  body.append("file", file, file.name);
  // No session header: the form's own signature is what storage checks.
  const res = await fetch(form.url, { method: "POST", body });
  if (!res.ok) throw new Error(refused[locale](res.status));
  return { key: form.key, fileName: file.name };
}
