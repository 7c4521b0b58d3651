import {
  AdoptSchema,
  guardedRoute,
  type PluginApp,
  UploadFormSchema,
  UploadRequestSchema,
} from "@congdoan/plugin-sdk";
import { json, ok, readErrors, reject, writeErrors } from "../http";
import { type Conference, keys } from "../model";
import type { Settings } from "../settings";
import { ConferenceParams, FileParams, FileRef } from "./conference-schemas";

const tags = ["Quy chế dân chủ"];

const routes = {
  uploadForm: guardedRoute("democracy.hold", {
    method: "post",
    path: "/conferences/{year}/{unitId}/files/upload-form",
    tags,
    summary: "Xin mẫu tải một tệp (dự thảo, văn bản, biên bản) lên thẳng kho tệp",
    request: { params: ConferenceParams, body: json(UploadRequestSchema) },
    responses: { 200: ok(UploadFormSchema), ...writeErrors, 413: readErrors[400], 415: readErrors[400] },
  }),
  upload: guardedRoute("democracy.hold", {
    method: "post",
    path: "/conferences/{year}/{unitId}/files",
    tags,
    summary: "Giữ tệp vừa tải lên (mã tệp từ …/files/upload-form); trả về tham chiếu để gắn vào hội nghị",
    request: { params: ConferenceParams, body: json(AdoptSchema) },
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

/**
 * Files go from the browser straight to storage with a form from `upload-form`; `files` then keeps
 * the uploaded file and answers its reference, which a PATCH of the conference refers to.
 */
export function conferenceFileRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.uploadForm, async (c) => {
    const { unitId } = c.req.valid("param");
    await c.var.access.require("democracy.hold", unitId);
    return c.json(await c.var.files.createUpload(c.req.valid("json")), 200);
  });

  app.openapi(routes.upload, async (c) => {
    const { unitId } = c.req.valid("param");
    await c.var.access.require("democracy.hold", unitId);
    const { key, fileName } = c.req.valid("json");
    const stored = await c.var.files.adopt(key, { fileName });
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
