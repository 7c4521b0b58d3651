import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemo } from "@congdoan/local";
import { createTestDb } from "@congdoan/local/test-setup";
import type { UploadForm } from "@congdoan/plugin-sdk";
import type { ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccountsSeed } from "../local/demo-accounts";
import { startLocalServer } from "../local/server";
import { switchModule } from "../tenants/module-switch";
import { attachmentsPlugin } from "../test-support/attachments-plugin";
import { localFiles } from "./local-files";

/**
 * The local upload path end to end, over real HTTP as `npm start` serves it: the module's route
 * issues a form, the browser posts the file to the local stand-in, the module adopts it.
 */
const pdf = "application/pdf";
const root = mkdtempSync(join(tmpdir(), "browser-upload-"));
let skewMs = 0;
let server: ServerType;
let base = "";
const auth: Record<string, Record<string, string>> = {};

async function call(tenant: string, path: string, body: unknown, lang = "vi") {
  return fetch(`${base}/api/t/${tenant}/m/attachments${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept-Language": lang, ...auth[tenant] },
    body: JSON.stringify(body),
  });
}

async function askForm(tenant: string, size: number, contentType = pdf) {
  const res = await call(tenant, "/letters/upload-form", { fileName: "Biên bản.pdf", contentType, size });
  expect(res.status).toBe(200);
  return (await res.json()) as UploadForm;
}

/** What the web helper does: every field, then the file last, to the form's address. */
function postForm(form: UploadForm, file: Blob, change: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...change })) body.append(name, value);
  body.append("file", file, "bien-ban.pdf");
  return fetch(new URL(form.url, base), { method: "POST", body });
}

beforeAll(async () => {
  const db = await createTestDb("browser_upload");
  await seedDemo(db, [demoAccountsSeed]);
  for (const tenant of ["ha-noi", "dak-nong"])
    await switchModule(db, [attachmentsPlugin], tenant, "attachments", { enabled: true });
  const { files, uploadRoutes } = localFiles(root, { now: () => Date.now() + skewMs });
  const started = await startLocalServer({
    db,
    plugins: [attachmentsPlugin],
    port: 0,
    log: { level: "silent" },
    files,
    uploadRoutes,
  });
  server = started.server;
  base = started.url;
  for (const [tenant, username] of [
    ["ha-noi", "admin.hanoi"],
    ["dak-nong", "admin.daknong"],
  ] as const) {
    const res = await fetch(`${base}/api/t/${tenant}/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    auth[tenant] = { Authorization: `Bearer ${((await res.json()) as { accessToken: string }).accessToken}` };
  }
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("browser uploads on the local server", () => {
  it("issues a form for one pending key, the declared size and five minutes, under /api", async () => {
    const before = Date.now();
    const form = await askForm("ha-noi", 1234);
    expect(form.url).toBe("/api/uploads/local");
    expect(form.fields.key).toBe(`tmp/ha-noi/attachments/${form.key}`);
    expect(form.fields["Content-Type"]).toBe(pdf);
    expect(form.maxBytes).toBe(1234);
    const expires = Date.parse(form.expiresAt) - before;
    expect(expires).toBeGreaterThan(4 * 60_000);
    expect(expires).toBeLessThanOrEqual(5 * 60_000 + 1000);
  });

  it("refuses to issue a form for a type a browser could run or for more than 10 MB", async () => {
    const html = await call("ha-noi", "/letters/upload-form", {
      fileName: "x.html",
      contentType: "text/html",
      size: 10,
    });
    expect(html.status).toBe(415);
    const big = await call("ha-noi", "/letters/upload-form", {
      fileName: "lon.pdf",
      contentType: pdf,
      size: 10 * 1024 * 1024 + 1,
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toMatch(/tối đa 10 MB/);
  });

  it("refuses, as S3 would, a file larger than the form allows or of another type", async () => {
    const form = await askForm("ha-noi", 10);
    expect((await postForm(form, new Blob(["%PDF-1.7 quá mười byte"], { type: pdf }))).status).toBe(400);
    expect((await postForm(form, new Blob(["<p>"]), { "Content-Type": "text/html" })).status).toBe(403);
    const adopt = await call("ha-noi", "/letters", { id: "refused", key: form.key, fileName: "a.pdf" });
    expect(adopt.status).toBe(400);
  });

  it("adopts an uploaded file: moved out of the pending place and referenced by the record", async () => {
    const bytes = "%PDF-1.7 biên bản hội nghị";
    const size = new TextEncoder().encode(bytes).length;
    const form = await askForm("ha-noi", size);
    expect((await postForm(form, new Blob([bytes], { type: pdf }))).status).toBe(204);
    const pending = join(root, ".uploads", form.fields.key!);
    expect(existsSync(pending)).toBe(true);

    const res = await call("ha-noi", "/letters", { id: "bien-ban", key: form.key, fileName: "Biên bản.pdf" });
    expect(res.status).toBe(201);
    const file = { key: form.key, fileName: "Biên bản.pdf", contentType: pdf, size };
    expect(await res.json()).toEqual({ id: "bien-ban", file });
    expect(existsSync(pending)).toBe(false);
    expect(readFileSync(join(root, "ha-noi", "attachments", form.key), "utf8")).toBe(bytes);
    const saved = await fetch(`${base}/api/t/ha-noi/m/attachments/letters/bien-ban`, {
      headers: auth["ha-noi"],
    });
    expect(((await saved.json()) as { file: unknown }).file).toEqual(file);

    // Adopted once: the same key cannot be attached to a second record.
    const again = await call("ha-noi", "/letters", { id: "lan-hai", key: form.key, fileName: "x.pdf" });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(
      /không tìm thấy tệp vừa tải lên/,
    );
  });

  it("refuses another tenant's upload, in the caller's language, and leaves it to its owner", async () => {
    const form = await askForm("ha-noi", 3);
    expect((await postForm(form, new Blob(["%PD"], { type: pdf }))).status).toBe(204);
    const foreign = await call(
      "dak-nong",
      "/letters",
      { id: "lay-cap", key: form.key, fileName: "x.pdf" },
      "en",
    );
    expect(foreign.status).toBe(400);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toMatch(
      /uploaded file was not found/,
    );
    expect(
      (await call("ha-noi", "/letters", { id: "cua-minh", key: form.key, fileName: "a.pdf" })).status,
    ).toBe(201);
  });

  it("refuses an expired form, and nothing is left to adopt", async () => {
    const form = await askForm("ha-noi", 3);
    skewMs = 6 * 60_000;
    try {
      expect((await postForm(form, new Blob(["%PD"], { type: pdf }))).status).toBe(403);
    } finally {
      skewMs = 0;
    }
    expect(
      (await call("ha-noi", "/letters", { id: "qua-han", key: form.key, fileName: "a.pdf" })).status,
    ).toBe(400);
  });

  it("allows the upload address in CSP: the same origin locally", async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.headers.get("content-security-policy")).toContain("connect-src 'self';");
  });
});
