import { describe, expect, it } from "vitest";
import { categoryBoard, districtBoard, type PublicSummary } from "./public-summary";

const summary: PublicSummary = {
  schoolYear: "2022-2023",
  previousSchoolYear: null,
  schoolYearsWithAwards: ["2022-2023"],
  totals: { count: 55, amount: 82_500_000 },
  nominatingUnits: 30,
  byDistrict: [],
  byCategory: [
    {
      category: "hoc-gioi-vuot-kho",
      label: { vi: "Học giỏi, vượt khó", en: "Good results and hardship" },
      count: 55,
      amount: 82_500_000,
    },
  ],
  bySchoolLevel: [],
  years: [],
};

describe("public boards' data", () => {
  it("gives category names in both languages, for the reader's language to pick", () => {
    const board = categoryBoard(summary);
    expect(board.rows).toEqual([
      {
        category: { vi: "Học giỏi, vượt khó", en: "Good results and hardship" },
        count: 55,
        amount: 82_500_000,
      },
    ]);
    expect(board.title).toEqual({
      vi: "Học bổng theo loại — năm học 2022–2023",
      en: "Scholarships by category — school year 2022–2023",
    });
  });

  it("titles the district board in English without Vietnamese words", () => {
    expect(districtBoard(summary).title.en).toBe("Scholarships by district — school year 2022–2023");
  });
});
