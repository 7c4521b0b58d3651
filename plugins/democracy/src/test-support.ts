import type { PluginHarness } from "@congdoan/plugin-sdk/testing";

/** Small helpers for this module's integration tests (not used by the product). */
export function client(h: PluginHarness, headers: Record<string, string>, tenantId?: string) {
  const send = (method: string, path: string, body?: unknown) =>
    h.request(
      path,
      {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      },
      tenantId,
    );
  return {
    get: (path: string) => send("GET", path),
    post: (path: string, body: unknown) => send("POST", path, body),
    patch: (path: string, body: unknown) => send("PATCH", path, body),
    put: (path: string, body: unknown) => send("PUT", path, body),
  };
}

export async function body<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/**
 * Attaches a file to a conference as the page does: a form from `<conference>/files/upload-form`, the
 * file posted straight to storage (the harness's local stand-in), then `<conference>/files` keeps it.
 * Returns the answer of that last call (201 and the file's reference).
 */
export async function attachFile(
  h: PluginHarness,
  conference: string,
  headers: Record<string, string>,
  file: { fileName: string; contentType: string; bytes: Uint8Array },
): Promise<Response> {
  const up = await h.upload(`${conference}/files/upload-form`, file, headers);
  if (!("key" in up)) return up.refused;
  if (up.posted.status !== 204) throw new Error(`upload refused: ${up.posted.status}`);
  return client(h, headers).post(`${conference}/files`, { key: up.key, fileName: file.fileName });
}

/** Adds units through the host's own route, so the host's tree cache stays right. */
export async function addUnit(
  h: PluginHarness,
  admin: Record<string, string>,
  unit: {
    id: string;
    name: string;
    kind: string;
    parentId: string;
    ownership?: string;
    memberCount?: number;
  },
) {
  const res = await h.app.request(`/api/t/${h.tenant.id}/units`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...admin },
    body: JSON.stringify(unit),
  });
  if (res.status !== 201) throw new Error(`unit ${unit.id}: ${res.status} ${await res.text()}`);
}

export const preparation = (date = "2025-10-15") => ({
  date,
  place: "Hội trường nhà trường",
  agenda: ["Báo cáo nhiệm vụ năm học", "Thông qua quy chế chi tiêu nội bộ"],
  format: "full",
});

export const attendance = (invited: number, present: number) => ({
  invited,
  present,
  absences: invited > present ? [{ name: "Nguyễn Thị Lan", reason: "Nghỉ ốm" }] : [],
});
