import { guardedRoute, type PluginApp } from "@congdoan/plugin-sdk";
import { ok, readErrors, reject, writeErrors } from "../http";
import { type Conference, keys } from "../model";
import type { Settings } from "../settings";
import { ConferenceParams, FileParams, FileRef } from "./conference-schemas";

const tags = ["Quy chế dân chủ"];

const routes = {
  upload: guardedRoute("democracy.hold", {
    method: "post",
    path: "/conferences/{year}/{unitId}/files",
    tags,
    summary: "Tải lên một tệp (dự thảo, văn bản, biên bản) — multipart/form-data, trường “file”",
    request: { params: ConferenceParams },
    responses: { 201: ok(FileRef, "Tệp đã lưu"), ...writeErrors, 413: readErrors[400], 415: readErrors[400] },
  }),
  download: guardedRoute("democracy.read", {
    method: "get",
    path: "/conferences/{year}/{unitId}/files/{key}",
    tags,
    summary: "Tải xuống một tệp của hội nghị",
    request: { params: FileParams },
    responses: { 200: { description: "Tệp" }, ...readErrors },
  }),
};

/** Files travel as multipart bytes (the host caps a request at 1 MB), then a PATCH refers to their key. */
export function conferenceFileRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.upload, async (c) => {
    const { unitId } = c.req.valid("param");
    await c.var.access.require("democracy.hold", unitId);
    if (!(c.req.header("content-type") ?? "").startsWith("multipart/form-data"))
      throw reject.bad("hãy gửi tệp dạng multipart/form-data, trường “file”");
    let form: Record<string, unknown>;
    try {
      form = await c.req.parseBody();
    } catch {
      throw reject.bad("không đọc được tệp gửi lên");
    }
    const file = form.file;
    if (!(file instanceof File)) throw reject.bad("thiếu trường “file”");
    if (file.size === 0) throw reject.bad("tệp rỗng");
    const stored = await c.var.files.put({
      fileName: file.name || "tep",
      contentType: file.type || "application/octet-stream",
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    await c.var.audit.record({
      action: "democracy.file.upload",
      unitId,
      target: `file:${stored.key}`,
      after: stored,
    });
    return c.json(stored, 201);
  });

  app.openapi(routes.download, async (c) => {
    const { year, unitId, key } = c.req.valid("param");
    await c.var.access.require("democracy.read", unitId);
    const conf = await c.var.store.get<Conference>(keys.conference(year, unitId));
    const refs = conf
      ? [...conf.data.preparation.draftFiles, ...conf.data.documents.map((d) => d.file), conf.data.minutes]
      : [];
    // Only files this conference refers to, so a key cannot be read through another unit.
    if (!refs.some((r) => r?.key === key)) throw reject.missing();
    const found = await c.var.files.get(key);
    if (!found) throw reject.missing();
    const name = encodeURIComponent(found.file.fileName);
    return c.body(found.bytes as unknown as ArrayBuffer, 200, {
      "Content-Type": found.file.contentType,
      "Content-Disposition": `attachment; filename*=UTF-8''${name}`,
      "X-Content-Type-Options": "nosniff",
    });
  });
}
