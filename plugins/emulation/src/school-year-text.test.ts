import { describe, expect, it } from "vitest";
import { readSchoolYearText } from "./school-year-text";

describe("a school year typed in a page", () => {
  it("reads it with any dash, as shown or as typed", () => {
    for (const text of [
      "2022-2023",
      "2022–2023",
      "2022 – 2023",
      "2022—2023",
      " Năm học 2022–2023 ",
      "2022/2023",
    ])
      expect(readSchoolYearText(text), text).toBe("2022-2023");
  });

  it("refuses what is not one school year", () => {
    for (const text of ["", "2022", "2022-2024", "22-23", "2023-2022", "năm 2022-2023x"])
      expect(readSchoolYearText(text), text).toBeUndefined();
  });
});
