import { describe, expect, it } from "vitest";
import { documentRows, documentsToSave } from "./adopted-documents";

const checklist = [
  { id: "chi-tieu", title: "Quy chế chi tiêu nội bộ" },
  { id: "dan-chu", title: "Quy chế thực hiện dân chủ" },
  { id: "thi-dua", title: "Quy chế thi đua, khen thưởng" },
];
const file = { key: "f0123456789abcdef01234567", fileName: "quy-che.pdf" };
const saved = [
  { checklistId: "dan-chu", title: "Quy chế thực hiện dân chủ", action: "new", file },
  { checklistId: "chi-tieu", title: "Quy chế chi tiêu nội bộ", action: "revised" },
  { title: "Nội quy cơ quan", action: "reviewed" },
];

describe("the adopted-documents form", () => {
  it("shows the campaign's checklist with each saved document ticked and its saved action", () => {
    const rows = documentRows(checklist, saved);
    expect(rows.map((r) => [r.key, r.adopted, r.action, r.hasFile])).toEqual([
      ["chi-tieu", true, "revised", false],
      ["dan-chu", true, "new", true],
      ["thi-dua", false, "reviewed", false],
      ["extra-2", true, "reviewed", false],
    ]);
  });

  it("saves the choices in checklist order, keeps attached files, and reloads into the same state", () => {
    const rows = documentRows(checklist, saved);
    const choices: Record<string, { adopted: boolean; action: string }> = {
      "chi-tieu": { adopted: false, action: "revised" },
      "dan-chu": { adopted: true, action: "revised" },
      "thi-dua": { adopted: true, action: "new" },
      "extra-2": { adopted: true, action: "reviewed" },
    };
    const next = documentsToSave(rows, saved, (key) => choices[key]!);
    expect(next).toEqual([
      { checklistId: "dan-chu", title: "Quy chế thực hiện dân chủ", action: "revised", file },
      { checklistId: "thi-dua", title: "Quy chế thi đua, khen thưởng", action: "new" },
      { title: "Nội quy cơ quan", action: "reviewed" },
    ]);
    const reloaded = documentRows(checklist, next);
    expect(reloaded.map((r) => [r.key, r.adopted, r.action])).toEqual([
      ["chi-tieu", false, "reviewed"],
      ["dan-chu", true, "revised"],
      ["thi-dua", true, "new"],
      ["extra-2", true, "reviewed"],
    ]);
  });
});
