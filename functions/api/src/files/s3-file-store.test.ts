import * as s3 from "@aws-sdk/client-s3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { s3FileStore } from "./s3-file-store";

/** The S3 calls the store makes, answered here: nothing reaches AWS. */
const sent: { name: string; input: Record<string, unknown> }[] = [];
let head: () => Promise<unknown> = async () => ({ ContentType: "application/pdf", ContentLength: 8 });

vi.spyOn(s3.S3Client.prototype, "send").mockImplementation((async (command: {
  constructor: { name: string };
  input: Record<string, unknown>;
}) => {
  sent.push({ name: command.constructor.name, input: command.input });
  return command.constructor.name === "HeadObjectCommand" ? head() : {};
}) as never);

afterEach(() => {
  sent.length = 0;
  head = async () => ({ ContentType: "application/pdf", ContentLength: 8 });
});

const store = (sessionMs = 3600_000) =>
  s3FileStore({
    bucket: "uploads",
    region: "ap-southeast-1",
    tenant: "ha-noi",
    plugin: "democracy",
    credentials: async () => ({
      accessKeyId: "ASIAEXAMPLE",
      secretAccessKey: "secret",
      sessionToken: "token",
      expiration: new Date(Date.now() + sessionMs),
    }),
  });
const key = "f0123456789abcdef01234567";

describe("S3 file store, browser uploads", () => {
  it("signs a form for the tenant's pending prefix with the tenant session", async () => {
    const form = await store().createUpload({ fileName: "a.pdf", contentType: "application/pdf", size: 8 });
    expect(form.url).toBe("https://uploads.s3.ap-southeast-1.amazonaws.com/");
    expect(form.fields).toMatchObject({
      key: `tmp/ha-noi/democracy/${form.key}`,
      "x-amz-security-token": "token",
    });
    expect(form.maxBytes).toBe(8);
    expect(sent).toEqual([]);
  });

  it("says when the form really expires: with the session, if that ends within 5 minutes", async () => {
    const form = await store(3 * 60_000).createUpload({
      fileName: "a.pdf",
      contentType: "application/pdf",
      size: 8,
    });
    const policy = JSON.parse(Buffer.from(form.fields.policy!, "base64").toString());
    expect(policy.expiration).toBe(form.expiresAt);
    expect(Date.parse(form.expiresAt) - Date.now()).toBeLessThanOrEqual(3 * 60_000);
  });

  it("adopts: checks the pending object, copies it to t/ with its name, deletes the pending copy", async () => {
    const file = await store().adopt(key, { fileName: "Biên bản.pdf" });
    expect(file).toEqual({ key, fileName: "Biên bản.pdf", contentType: "application/pdf", size: 8 });
    expect(sent.map((c) => c.name)).toEqual([
      "HeadObjectCommand",
      "CopyObjectCommand",
      "DeleteObjectCommand",
    ]);
    expect(sent[0]!.input).toEqual({ Bucket: "uploads", Key: `tmp/ha-noi/democracy/${key}` });
    expect(sent[1]!.input).toMatchObject({
      Bucket: "uploads",
      Key: `t/ha-noi/democracy/${key}`,
      CopySource: `uploads/tmp/ha-noi/democracy/${key}`,
      MetadataDirective: "REPLACE",
      ContentType: "application/pdf",
      Metadata: { filename: encodeURIComponent("Biên bản.pdf") },
    });
    expect(sent[2]!.input).toEqual({ Bucket: "uploads", Key: `tmp/ha-noi/democracy/${key}` });
  });

  it("refuses a missing pending object (unknown, expired, foreign) with a 400, and copies nothing", async () => {
    head = async () => {
      throw Object.assign(new Error("NotFound"), { $metadata: { httpStatusCode: 404 } });
    };
    await expect(store().adopt(key, { fileName: "a.pdf" })).rejects.toMatchObject({ code: "bad_request" });
    await expect(store().adopt("../t/dak-nong/x", { fileName: "a.pdf" })).rejects.toMatchObject({
      code: "bad_request",
    });
    expect(sent.map((c) => c.name)).toEqual(["HeadObjectCommand"]);
  });

  it("refuses a pending object of a forbidden type or over the limit", async () => {
    head = async () => ({ ContentType: "text/html", ContentLength: 8 });
    await expect(store().adopt(key, { fileName: "a.html" })).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    head = async () => ({ ContentType: "application/pdf", ContentLength: 11 * 1024 * 1024 });
    await expect(store().adopt(key, { fileName: "a.pdf" })).rejects.toMatchObject({
      code: "payload_too_large",
    });
    expect(sent.filter((c) => c.name !== "HeadObjectCommand")).toEqual([]);
  });
});
