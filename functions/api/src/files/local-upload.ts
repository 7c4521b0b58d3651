import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Hono } from "hono";
import { FILE_KEY } from "./file-rules";
import type { UploadPolicy, UploadSigner } from "./upload-form";

/**
 * The presigned POST of the cloud, emulated on the local disk: the same form fields come back from
 * the API, and the same checks S3 makes (signature, expiry, exact key, content type, size) are made
 * here before anything is written. Only the signature differs: an HMAC with a per-process secret.
 */
export function localUploadSigner(secret: Uint8Array, url: string): UploadSigner {
  return async (policy) => {
    const encoded = Buffer.from(
      JSON.stringify({ ...policy, expiresAt: policy.expiresAt.toISOString() }),
    ).toString("base64");
    return {
      url,
      fields: {
        key: policy.objectKey,
        "Content-Type": policy.contentType,
        policy: encoded,
        signature: sign(secret, encoded),
      },
    };
  };
}

const sign = (secret: Uint8Array, policy: string) =>
  createHmac("sha256", secret).update(policy).digest("hex");

// Only what createUploadForm issues: tmp/<tenant>/<plugin>/<key>; nothing can climb out of the root.
const PENDING_KEY = /^tmp\/[a-z0-9-]{2,64}\/[a-z0-9-]{2,64}\/(f[0-9a-f]{24})$/;

/** Receives the form: 204 like S3 when stored, 403 for a bad or expired form, 400 for a wrong file. */
export function localUploadRoutes(options: { root: string; secret: Uint8Array; now?: () => number }) {
  const now = options.now ?? Date.now;
  return new Hono().post("/", async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    const policyText = field("policy");
    const expected = Buffer.from(sign(options.secret, policyText));
    const given = Buffer.from(field("signature"));
    if (!policyText || given.length !== expected.length || !timingSafeEqual(given, expected))
      return c.json({ error: "signature" }, 403);
    const policy = JSON.parse(Buffer.from(policyText, "base64").toString("utf8")) as Omit<
      UploadPolicy,
      "expiresAt"
    > & {
      expiresAt: string;
    };
    if (Date.parse(policy.expiresAt) < now()) return c.json({ error: "expired" }, 403);
    const match = PENDING_KEY.exec(policy.objectKey);
    if (field("key") !== policy.objectKey || !match || !FILE_KEY.test(match[1]!))
      return c.json({ error: "key" }, 403);
    if (field("Content-Type") !== policy.contentType) return c.json({ error: "content_type" }, 403);
    const file = body.file;
    if (!(file instanceof File)) return c.json({ error: "file" }, 400);
    if (file.size < 1 || file.size > policy.maxBytes) return c.json({ error: "size" }, 400);
    const path = join(options.root, policy.objectKey);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, new Uint8Array(await file.arrayBuffer()));
    await writeFile(`${path}.json`, JSON.stringify({ contentType: policy.contentType, size: file.size }));
    return c.body(null, 204);
  });
}
