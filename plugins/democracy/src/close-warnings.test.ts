import { describe, expect, it } from "vitest";
import { closeWarnings } from "./close-warnings";

describe("closeWarnings", () => {
  it("names the missing minutes, adopted documents and resolution", () => {
    expect(closeWarnings({ documents: [] })).toEqual(["noMinutes", "noDocuments", "noResolution"]);
    expect(closeWarnings({ documents: [], resolution: { summary: "  " } })).toContain("noResolution");
  });

  it("is empty when the conference has all three", () => {
    expect(
      closeWarnings({
        minutes: { key: "f1" },
        documents: [{ title: "Quy chế chi tiêu nội bộ" }],
        resolution: { summary: "Nghị quyết hội nghị CBCCVC năm học 2025–2026" },
      }),
    ).toEqual([]);
  });
});
