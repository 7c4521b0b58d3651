import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppError } from "@congdoan/core";
import { describe, expect, it } from "vitest";
import { localFileStore } from "./local-file-store";

describe("local file store", () => {
  const root = mkdtempSync(join(tmpdir(), "cds-files-"));

  it("keeps a file with its Vietnamese name, per tenant and plugin", async () => {
    const files = localFileStore(root, "ha-noi", "democracy");
    const stored = await files.put({
      fileName: "Biên bản hội nghị.pdf",
      contentType: "application/pdf",
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    const back = await files.get(stored.key);
    expect(back?.file.fileName).toBe("Biên bản hội nghị.pdf");
    expect([...back!.bytes]).toEqual([37, 80, 68, 70]);
    expect(await localFileStore(root, "dak-nong", "democracy").get(stored.key)).toBeUndefined();
    await files.remove(stored.key);
    expect(await files.get(stored.key)).toBeUndefined();
  });

  it("refuses what a browser could run, oversize files and forged keys", async () => {
    const files = localFileStore(root, "ha-noi", "democracy");
    await expect(
      files.put({ fileName: "x.html", contentType: "text/html", bytes: new Uint8Array(1) }),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      files.put({
        fileName: "big.pdf",
        contentType: "application/pdf",
        bytes: new Uint8Array(files.maxBytes + 1),
      }),
    ).rejects.toMatchObject({ code: "payload_too_large" });
    await expect(files.get("../../etc/passwd")).rejects.toBeInstanceOf(AppError);
  });
});
