import { describe, expect, it } from "vitest";
import { membersToCsv, membersToXlsx } from "./export";
import { importKey, naturalKey } from "./import-key";
import { parseCsv } from "./parse-csv";
import { parseXlsx } from "./parse-xlsx";
import { previewImport } from "./preview";
import { sampleMembers, sampleUnitIds } from "./sample-members";

const hoa = { fullName: "Nguyễn Thị Hoà", dateOfBirth: "1985-03-15", unitId: "tx-thcs-nhan-chinh" };

describe("importKey", () => {
  it("has a fixed format, because keys are stored with members", () => {
    expect(importKey(hoa)).toBe("name:nguyen thi hoa|1985-03-15|tx-thcs-nhan-chinh");
    expect(importKey({ ...hoa, memberCode: " ĐV 00123 " })).toBe("code:dv00123");
    expect(naturalKey({ ...hoa, memberCode: "DV00123" })).toBe(importKey(hoa));
  });

  it("ignores how the name was typed: case, spacing, NFD, and either tone-mark placement", () => {
    for (const fullName of [
      "NGUYỄN THỊ HOÀ",
      "  Nguyễn  Thị Hòa",
      "Nguyễn Thị Hoà".normalize("NFD"),
      "nguyen thi hoa",
    ]) {
      expect(importKey({ ...hoa, fullName })).toBe(importKey(hoa));
    }
    expect(importKey({ ...hoa, unitId: "TX-THCS-Nhan-Chinh" })).toBe(importKey(hoa));
    expect(importKey({ ...hoa, dateOfBirth: "1985-03-16" })).not.toBe(importKey(hoa));
  });

  it("is the same after export and re-import, through CSV and XLSX and whatever date form the file used", async () => {
    const knownUnitIds = new Set<string>(sampleUnitIds);
    for (const withCodes of [false, true]) {
      const members = sampleMembers(200, { withCodes, seed: 7 });
      const keys = members.map(importKey);
      expect(new Set(keys).size).toBe(members.length);
      const fromCsv = previewImport({ ...parseCsv(membersToCsv(members)), knownUnitIds });
      const fromXlsx = previewImport({
        ...(await parseXlsx(await membersToXlsx(members, "en"))),
        knownUnitIds,
      });
      expect(fromCsv.valid.map(importKey)).toEqual(keys);
      expect(fromXlsx.valid.map(importKey)).toEqual(keys);
    }
    const typed = previewImport({
      headers: ["Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"],
      rows: [
        ["nguyễn thị hòa", "Nữ", "15/3/1985", "TX-THCS-NHAN-CHINH"],
        ["Nguyễn Thị Hoà", "nu", 31121, "tx-thcs-nhan-chinh"],
      ],
      knownUnitIds: new Set(["tx-thcs-nhan-chinh"]),
    });
    expect(typed.valid).toHaveLength(1);
    expect(importKey(typed.valid[0]!)).toBe(importKey(hoa));
    expect(typed.duplicatesInFile).toBe(1);
  });
});
