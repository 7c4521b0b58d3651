import { AdoptSchema, guardedRoute, UploadFormSchema, UploadRequestSchema, z } from "@congdoan/plugin-sdk";
import { loadProgramme, PERMISSION } from "../context";
import { body, created, errors, ProgrammeParam } from "../http";
import type { App } from "../settings";

const TAG = ["Học bổng"];
const UnitId = z.object({ unitId: z.string().min(1).max(64) });

/**
 * Evidence for a nomination (certificates, a hardship confirmation). The file goes from the browser
 * straight to storage with a form from `evidence/upload-form`; `evidence` then keeps it and answers
 * its key, which the nomination lists in `evidenceKeys`.
 */
const routes = {
  uploadForm: guardedRoute(PERMISSION.nominate, {
    method: "post",
    path: "/programmes/{programmeId}/evidence/upload-form",
    tags: TAG,
    summary: "Xin mẫu tải minh chứng lên thẳng kho tệp (rồi gửi mã tệp tới …/evidence)",
    request: { params: ProgrammeParam, body: body(UploadRequestSchema.extend(UnitId.shape)) },
    responses: {
      200: { description: "Mẫu tải lên", content: { "application/json": { schema: UploadFormSchema } } },
      ...errors,
    },
  }),
  evidence: guardedRoute(PERMISSION.nominate, {
    method: "post",
    path: "/programmes/{programmeId}/evidence",
    tags: TAG,
    summary: "Giữ minh chứng vừa tải lên (giấy khen, xác nhận hoàn cảnh); trả về mã tệp để gắn vào hồ sơ",
    request: { params: ProgrammeParam, body: body(AdoptSchema.extend(UnitId.shape)) },
    responses: created("Tệp"),
  }),
};

export function evidenceRoutes(app: App) {
  app.openapi(routes.uploadForm, async (c) => {
    const { unitId, ...file } = c.req.valid("json");
    await c.var.access.require(PERMISSION.nominate, unitId);
    await loadProgramme(c, c.req.valid("param").programmeId);
    return c.json(await c.var.files.createUpload(file), 200);
  });

  app.openapi(routes.evidence, async (c) => {
    const { unitId, key, fileName } = c.req.valid("json");
    await c.var.access.require(PERMISSION.nominate, unitId);
    await loadProgramme(c, c.req.valid("param").programmeId);
    const file = await c.var.files.adopt(key, { fileName });
    await c.var.audit.record({
      action: "scholarships.evidence.upload",
      unitId,
      target: `file:${file.key}`,
      after: { size: file.size, contentType: file.contentType },
    });
    return c.json({ ...file }, 201);
  });
}
