import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FileStore } from "@congdoan/plugin-sdk";
import { describe, expect, it } from "vitest";
import { eraseFilesOfExpiredItems, type RemovedItemRecord } from "./erase-expired-files";
import { localFileStore } from "./local-file-store";

const ttl = { type: "Service", principalId: "dynamodb.amazonaws.com" };
const pdf = { fileName: "Giấy khen.pdf", contentType: "application/pdf", bytes: new Uint8Array([37, 80]) };

function removed(pk: string, files: string[], extra: Partial<RemovedItemRecord> = {}): RemovedItemRecord {
  return {
    eventID: `e-${pk}`,
    eventName: "REMOVE",
    userIdentity: ttl,
    dynamodb: {
      OldImage: { pk: { S: pk }, sk: { S: "PD#1" }, expiringFiles: { L: files.map((S) => ({ S })) } },
    },
    ...extra,
  };
}

describe("files erased when their item expires", () => {
  const root = mkdtempSync(join(tmpdir(), "cds-expired-"));
  const filesOf = (tenant: string, plugin: string) => localFileStore(root, tenant, plugin);

  it("erases the listed files of the item's own tenant and module, and nothing else", async () => {
    const mine = filesOf("ha-noi", "scholarships");
    const a = await mine.put(pdf);
    const b = await mine.put(pdf);
    const kept = await mine.put(pdf);
    // The same key in another tenant's folder must survive: the tenant comes from the item's key.
    const other = filesOf("dak-nong", "scholarships");
    const elsewhere = await other.put(pdf);

    const report = await eraseFilesOfExpiredItems(
      [removed("T#ha-noi#M#scholarships#P#p1#PD", [a.key, b.key, elsewhere.key])],
      filesOf,
    );
    expect(report).toEqual({ erased: 3, skipped: 0, failed: [], notErased: [] });
    expect(await mine.get(a.key)).toBeUndefined();
    expect(await mine.get(b.key)).toBeUndefined();
    expect(await mine.get(kept.key)).toBeDefined();
    expect(await other.get(elsewhere.key)).toBeDefined();
  });

  it("ignores deletions made by people, items without files, the host's items and forged keys", async () => {
    const mine = filesOf("ha-noi", "scholarships");
    const file = await mine.put(pdf);
    const report = await eraseFilesOfExpiredItems(
      [
        // An admin's erase or an update is not an expiry: the module handles those itself.
        removed("T#ha-noi#M#scholarships#P#p1#PD", [file.key], {
          userIdentity: { type: "User", principalId: "x" },
        }),
        removed("T#ha-noi#M#scholarships#P#p1#PD", [file.key], { eventName: "MODIFY" }),
        removed("T#ha-noi#C#SESSION#u1", [file.key]),
        removed("TENANT#ha-noi", [file.key]),
        removed("T#ha-noi#M#scholarships#P#p1#PD", ["../../dak-nong/scholarships/secret", ""]),
      ],
      filesOf,
    );
    expect(report).toEqual({ erased: 0, skipped: 2, failed: [], notErased: [] });
    expect(await mine.get(file.key)).toBeDefined();
  });

  it("reports a record whose files could not be erased, so only it is retried", async () => {
    const failing = (): FileStore => ({
      ...filesOf("ha-noi", "scholarships"),
      remove: async () => {
        throw new Error("storage unavailable");
      },
    });
    const good = await filesOf("ha-noi", "democracy").put(pdf);
    const report = await eraseFilesOfExpiredItems(
      [
        removed("T#ha-noi#M#scholarships#P#p1#PD", ["f".padEnd(25, "a")]),
        removed("T#ha-noi#M#democracy#C#1", [good.key]),
      ],
      (tenant, plugin) => (plugin === "scholarships" ? failing() : filesOf(tenant, plugin)),
    );
    expect(report.failed).toEqual(["e-T#ha-noi#M#scholarships#P#p1#PD"]);
    expect(report.notErased).toEqual([
      { tenant: "ha-noi", plugin: "scholarships", key: "f".padEnd(25, "a") },
    ]);
    expect(report.erased).toBe(1);
    expect(await filesOf("ha-noi", "democracy").get(good.key)).toBeUndefined();
  });
});
