import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "./file-rules";
import { localUploadRoutes, localUploadSigner } from "./local-upload";
import { signingKey, signPostPolicy } from "./s3-upload-form";
import { createUploadForm, type UploadForm } from "./upload-form";

const secret = new TextEncoder().encode("k".repeat(32));
const root = mkdtempSync(join(tmpdir(), "uploads-"));
const pdf = "application/pdf";
const intent = { tenant: "ha-noi", plugin: "democracy", contentType: pdf, size: 1000 };

function post(form: UploadForm, file: Blob, change: Record<string, string> = {}, now = Date.now) {
  const app = localUploadRoutes({ root, secret, now });
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...form.fields, ...change })) body.append(name, value);
  body.append("file", file, "bien-ban.pdf");
  return app.request("/", { method: "POST", body });
}

describe("upload forms, emulated on disk", () => {
  const sign = localUploadSigner(secret, "/api/uploads/local");

  it("stores a file posted with the form under the tenant's pending prefix", async () => {
    const form = await createUploadForm(intent, sign);
    expect(form.url).toBe("/api/uploads/local");
    expect(form.fields.key).toBe(`tmp/ha-noi/democracy/${form.key}`);
    const res = await post(form, new Blob(["%PDF-1.7 biên bản"], { type: pdf }));
    expect(res.status).toBe(204);
    expect(readFileSync(join(root, form.fields.key!), "utf8")).toBe("%PDF-1.7 biên bản");
  });

  it("refuses to sign a form for a forbidden type or an oversized file", async () => {
    await expect(createUploadForm({ ...intent, contentType: "text/html" }, sign)).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    await expect(createUploadForm({ ...intent, size: MAX_FILE_BYTES + 1 }, sign)).rejects.toMatchObject({
      code: "payload_too_large",
    });
  });

  it("refuses what S3 would refuse: another key, type or size, a changed policy, an expired form", async () => {
    const form = await createUploadForm(intent, sign);
    const file = new Blob(["x"], { type: pdf });
    expect((await post(form, file, { key: "tmp/dak-nong/democracy/f000000000000000000000000" })).status).toBe(
      403,
    );
    expect((await post(form, file, { "Content-Type": "text/html" })).status).toBe(403);
    const widened = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(form.fields.policy!, "base64").toString()),
        maxBytes: 1e12,
      }),
    ).toString("base64");
    expect((await post(form, file, { policy: widened })).status).toBe(403);
    expect((await post(form, file, {}, () => Date.now() + 6 * 60_000)).status).toBe(403);
    expect((await post(form, new Blob([]))).status).toBe(400);
    expect((await post(form, new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]))).status).toBe(400);
  });
});

describe("S3 presigned POST", () => {
  it("derives the SigV4 signing key as AWS documents it", () => {
    // Test vector from AWS's "Signature Version 4 signing process" documentation.
    const key = signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20120215", "us-east-1", "iam");
    expect(key.toString("hex")).toBe("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
  });

  it("limits the form to one key, one content type, a size range and an expiry", () => {
    const fields = signPostPolicy(
      {
        objectKey: "tmp/ha-noi/democracy/f0123456789abcdef01234567",
        contentType: pdf,
        maxBytes: 10,
        expiresAt: new Date("2026-11-23T10:05:00Z"),
      },
      "uploads-bucket",
      "ap-southeast-1",
      { accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token" },
      new Date("2026-11-23T10:00:00Z"),
    );
    expect(fields).toMatchObject({
      key: "tmp/ha-noi/democracy/f0123456789abcdef01234567",
      "Content-Type": pdf,
      "x-amz-algorithm": "AWS4-HMAC-SHA256",
      "x-amz-credential": "ASIAEXAMPLE/20261123/ap-southeast-1/s3/aws4_request",
      "x-amz-date": "20261123T100000Z",
      "x-amz-security-token": "token",
    });
    expect(fields["x-amz-signature"]).toMatch(/^[0-9a-f]{64}$/);
    const policy = JSON.parse(Buffer.from(fields.policy!, "base64").toString());
    expect(policy.expiration).toBe("2026-11-23T10:05:00.000Z");
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        { bucket: "uploads-bucket" },
        { key: "tmp/ha-noi/democracy/f0123456789abcdef01234567" },
        { "Content-Type": pdf },
        ["content-length-range", 1, 10],
        { "x-amz-security-token": "token" },
      ]),
    );
  });
});
