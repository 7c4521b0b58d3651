import { describe, expect, it } from "vitest";
import { holdsAsDetails, holdsFromDetails } from "./scoring-holds";

describe("results holding the criteria, as a refusal's details", () => {
  it("reads back what the API writes, in order, with the total", () => {
    const listed = [
      { schoolYear: "2019-2020", unitId: "cdcs-b", unitName: "Trường Ánh Dương" },
      { schoolYear: "2020-2021", unitId: "CDCS.A_01", unitName: "Trường Bình Minh" },
    ];
    // Through JSON, as the page receives it.
    expect(holdsFromDetails(JSON.parse(JSON.stringify(holdsAsDetails(37, listed))))).toEqual({
      total: 37,
      listed,
    });
  });

  it("names nothing for other refusals, and drops malformed entries", () => {
    expect(holdsFromDetails(undefined)).toBeUndefined();
    expect(holdsFromDetails({})).toBeUndefined();
    expect(holdsFromDetails({ scoredResults: { total: "không", listed: [] } })).toBeUndefined();
    expect(holdsFromDetails({ scoredResults: { total: 0, listed: [] } })).toBeUndefined();
    expect(holdsFromDetails({ scoredResults: { total: 2, listed: [{ unitId: 1 }] } })).toEqual({
      total: 2,
      listed: [],
    });
  });
});
