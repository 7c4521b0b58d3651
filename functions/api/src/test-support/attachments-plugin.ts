import type { PluginApp, StoredFile } from "@congdoan/plugin-sdk";
import {
  AdoptSchema,
  definePlugin,
  guardedRoute,
  jsonBody,
  jsonResponse,
  UploadFormSchema,
  UploadRequestSchema,
  writeErrors,
  z,
} from "@congdoan/plugin-sdk";

/**
 * A module that does nothing but attach files, for the host's upload tests: it uses the browser
 * flow exactly as the product's modules do (form → direct POST → adopt) without depending on any of
 * them, so deleting a module never breaks the host's tests.
 */
const Letter = z.object({ id: z.string(), file: z.any() });
const WRITE = "attachments.write";

const routes = {
  form: guardedRoute(WRITE, {
    method: "post",
    path: "/letters/upload-form",
    summary: "Xin mẫu tải tệp lên",
    request: { body: jsonBody(UploadRequestSchema) },
    responses: { 200: jsonResponse(UploadFormSchema), ...writeErrors },
  }),
  attach: guardedRoute(WRITE, {
    method: "post",
    path: "/letters",
    summary: "Lưu thư kèm tệp vừa tải lên",
    request: { body: jsonBody(AdoptSchema.extend({ id: z.string().regex(/^[a-z0-9-]+$/) })) },
    responses: { 201: jsonResponse(Letter), ...writeErrors },
  }),
  get: guardedRoute(WRITE, {
    method: "get",
    path: "/letters/{id}",
    summary: "Một thư",
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: jsonResponse(Letter), ...writeErrors },
  }),
};

export const attachmentsPlugin = definePlugin({
  id: "attachments",
  title: { vi: "Thư đính kèm (thử nghiệm)", en: "Attachments (test)" },
  settings: z.object({}),
  permissions: {
    [WRITE]: { vi: "Gửi thư", en: "Send letters", roles: ["federation-admin"] },
  },
  server: async () => ({ routes: letterRoutes }),
});

function letterRoutes(app: PluginApp<Record<string, never>>) {
  app.openapi(routes.form, async (c) => c.json(await c.var.files.createUpload(c.req.valid("json")), 200));
  app.openapi(routes.attach, async (c) => {
    const { id, key, fileName } = c.req.valid("json");
    const file = await c.var.files.adopt(key, { fileName });
    await c.var.store.create({ pk: ["LETTERS"], sk: [id] }, "letter", { id, file });
    return c.json({ id, file }, 201);
  });
  app.openapi(routes.get, async (c) => {
    const item = await c.var.store.get<{ id: string; file: StoredFile }>({
      pk: ["LETTERS"],
      sk: [c.req.valid("param").id],
    });
    return c.json(item!.data, 200);
  });
}
