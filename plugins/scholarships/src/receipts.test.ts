import { describe, expect, it } from "vitest";
import type { Nomination, Programme } from "./model";
import { receiptEntries, receiptFilters } from "./receipts";

const programme = { id: "p1", personalDataExpiresAt: 1_000 } as Programme;
function nomination(
  id: string,
  unitId: string,
  status: Nomination["status"],
  amount = 1_500_000,
): Nomination {
  return {
    id,
    programmeId: "p1",
    unitId,
    districtId: "d1",
    memberId: "m",
    category: "hoc-gioi",
    schoolLevel: "thcs",
    pseudonym: `HS-${id}`,
    child: {
      fullName: `Cháu ${id}`,
      dateOfBirth: "2012-01-01",
      school: "THCS",
      grade: "7A",
      schoolLevel: "thcs",
      achievements: "",
      hardship: "",
    },
    parentName: `Bố ${id}`,
    evidenceKeys: [],
    eligibility: { eligible: true, reasons: [] },
    status,
    review: { assigned: [], totals: {}, completed: 0 },
    amount,
    decision: { number: "1/QĐ", date: "2026-09-01", fundId: "f" },
    nominatedBy: "x",
  };
}
const names: Record<string, string> = { d1: "LĐLĐ quận Thanh Xuân", a: "CĐCS Trường B", b: "CĐCS Trường A" };
const nameOf = (id: string) => names[id] ?? id;
const list = [
  nomination("0002", "a", "approved"),
  nomination("0001", "a", "paid", 2_050_000),
  nomination("0003", "b", "approved"),
  nomination("0004", "b", "rejected"),
];

describe("receipt entries", () => {
  it("lists awards only, by unit name then code, numbered, with the amount in words", () => {
    const { items, personalDataErased } = receiptEntries(programme, list, nameOf, 999);
    expect(personalDataErased).toBe(false);
    expect(items.map((i) => [i.no, i.pseudonym, i.unitName])).toEqual([
      [1, "HS-0003", "CĐCS Trường A"],
      [2, "HS-0001", "CĐCS Trường B"],
      [3, "HS-0002", "CĐCS Trường B"],
    ]);
    expect(items[1]).toMatchObject({
      childName: "Cháu 0001",
      amountInWords: "Hai triệu không trăm năm mươi nghìn đồng",
    });
  });

  it("blanks every personal field from the second the retention period ends", () => {
    const { items, personalDataErased } = receiptEntries(programme, list, nameOf, 1_000);
    expect(personalDataErased).toBe(true);
    for (const i of items) {
      expect([i.childName, i.dateOfBirth, i.school, i.grade, i.parentName, i.receivedBy]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
    expect(items[0]!.amount).toBe(1_500_000);
  });

  it("blanks them after an erasure by the admin too", () => {
    const erased = { ...programme, personalDataExpiresAt: undefined, erasedOn: "2026-10-01" } as Programme;
    expect(receiptEntries(erased, list, nameOf, 0).items[0]!.childName).toBeNull();
  });

  it("offers the districts and units that have awards as filters", () => {
    expect(receiptFilters(list, nameOf)).toEqual({
      districts: [{ id: "d1", name: "LĐLĐ quận Thanh Xuân", count: 3 }],
      units: [
        { id: "b", name: "CĐCS Trường A", districtId: "d1", count: 1 },
        { id: "a", name: "CĐCS Trường B", districtId: "d1", count: 2 },
      ],
    });
  });
});
