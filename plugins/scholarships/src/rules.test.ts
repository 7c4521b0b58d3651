import { describe, expect, it } from "vitest";
import { ageOn, type ScreeningInput, screen, screenInBothLanguages } from "./eligibility";
import { ProgrammeInputSchema } from "./model";
import { childFingerprint, redactNames } from "./privacy";
import { averageOf, rank, weightedTotal } from "./ranking";
import { refusals } from "./refusals";
import { programmeInput } from "./test-fixtures";

describe("rules without storage", () => {
  it("counts age in full years on the school year's first day", () => {
    expect(ageOn("2012-09-05", "2023-09-05")).toBe(11);
    expect(ageOn("2012-09-06", "2023-09-05")).toBe(10);
  });

  it("weights the rubric out of 100 and averages completed reviews only", () => {
    const rubric = [
      { key: "a", weight: 60, max: 10 },
      { key: "b", weight: 40, max: 20 },
    ];
    expect(weightedTotal(rubric, { a: 9, b: 10 })).toBe(74);
    expect(averageOf([{ total: 80 }, { total: 71 }, {}])).toBe(75.5);
    expect(averageOf([{}])).toBeUndefined();
  });

  it("ranks a category by average, then by completed reviews, leaving decided ones out", () => {
    const n = (pseudonym: string, average: number | undefined, status = "submitted", completed = 2) =>
      ({
        pseudonym,
        category: "hoc-gioi",
        status,
        review: { assigned: [], totals: {}, completed, ...(average === undefined ? {} : { average }) },
      }) as never;
    const ranked = rank(
      [
        n("HS-1", 70),
        n("HS-2", 90),
        n("HS-3", 90, "submitted", 1),
        n("HS-4", 95, "approved"),
        n("HS-5", undefined),
      ],
      "hoc-gioi" as never,
    );
    expect(ranked.map((x: { pseudonym: string }) => x.pseudonym)).toEqual(["HS-2", "HS-3", "HS-1"]);
  });

  it("recognises the same child whatever the accents, case and spacing, and hides names from reviewers", () => {
    expect(childFingerprint("ha-noi", "p", "Phạm Ngọc Diệp", "2011-10-02")).toBe(
      childFingerprint("ha-noi", "p", " pham  ngoc DIEP", "2011-10-02"),
    );
    expect(childFingerprint("ha-noi", "p", "Phạm Ngọc Diệp", "2011-10-02")).not.toBe(
      childFingerprint("ha-noi", "q", "Phạm Ngọc Diệp", "2011-10-02"),
    );
    expect(redactNames("Em Diệp, con chị Phạm Thị Hằng, học giỏi", ["Phạm Ngọc Diệp", "Phạm Thị Hằng"])).toBe(
      "Em [ẩn], con chị [ẩn], học giỏi",
    );
  });

  it("gives the eligibility reasons in both languages, the dry run keeping the Vietnamese ones, no names", () => {
    const programme = { ...ProgrammeInputSchema.parse(programmeInput()), id: "p", status: "open" as const };
    const child = {
      fullName: "Đỗ Gia Hân",
      dateOfBirth: "2000-01-01",
      school: "Trường THCS Nhân Chính",
      grade: "7A1",
      schoolLevel: "thcs" as const,
      average: 7.2,
      achievements: "",
      hardship: "",
    };
    const member = { id: "m1", fullName: "Đỗ Văn Toàn", unitId: "cdcs-a", status: "active" } as const;
    const input: ScreeningInput = {
      programme,
      category: "hoc-gioi" as const,
      child,
      member: member as never,
      unitId: "cdcs-a",
      unitInScope: true,
      schoolYearStart: "2026-09-05",
    };
    const both = screenInBothLanguages(input);
    expect(both.eligible).toBe(false);
    expect(both.reasons.map((r) => r.en)).toEqual([
      "The child is 26 at the start of the school year, outside the programme's 6–18 years.",
      "The average mark 7,2 is below the 8 the good-results category needs.",
    ]);
    expect(screen(input)).toEqual({ eligible: false, reasons: both.reasons.map((r) => r.vi) });
    const refusal = refusals.notEligible(both.reasons);
    expect(refusal.vi).toMatch(/^không đủ điều kiện: Tuổi của cháu khi vào năm học là 26/);
    for (const text of [refusal.vi, refusal.en]) {
      expect(text).not.toContain(child.fullName);
      expect(text).not.toContain(member.fullName);
    }
  });
});
