import { describe, expect, it } from "vitest";
import { membersToCsv, membersToXlsx } from "./export";
import { ImportFileError } from "./file-error";
import { parseImportFile } from "./parse-file";
import { sampleMembers } from "./sample-members";

describe("parseImportFile", () => {
  it("picks the reader from the content, not the file name", async () => {
    const members = sampleMembers(3);
    const csv = await parseImportFile(membersToCsv(members));
    const xlsx = await parseImportFile(await membersToXlsx(members));
    expect(csv.format).toBe("csv");
    expect(xlsx.format).toBe("xlsx");
    expect(xlsx.headers).toEqual(csv.headers);
    expect(xlsx.rows).toHaveLength(3);
  });

  it("refuses an old .xls in Vietnamese", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(parseImportFile(xls)).rejects.toBeInstanceOf(ImportFileError);
    await expect(parseImportFile(xls)).rejects.toMatchObject({ problem: "legacy_xls" });
  });
});
