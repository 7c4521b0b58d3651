import { type CategoryCode, categoryLabels, type Nomination, type Programme } from "./model";
import { moneyInWords } from "./money-words";
import { personalDataExpired } from "./personal-data";

/**
 * What the printable ceremony list and receipt sheets (giấy ký nhận) show: one entry per award
 * (approved or paid), in district, unit and code order, with the amount in figures and in words.
 * Personal data comes only from nominations already joined with it (`withPersonalData`); past the
 * retention period, or after an erasure, every personal field is null and `personalDataErased` says so.
 */
export interface ReceiptEntry {
  no: number;
  nominationId: string;
  pseudonym: string;
  childName: string | null;
  dateOfBirth: string | null;
  grade: string | null;
  school: string | null;
  parentName: string | null;
  unitId: string;
  unitName: string;
  districtId: string;
  districtName: string;
  category: CategoryCode;
  categoryLabel: string;
  amount: number;
  amountInWords: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  status: "approved" | "paid";
  paidOn: string | null;
  receivedBy: string | null;
}

export interface ReceiptScope {
  unitId?: string | undefined;
  districtId?: string | undefined;
}

export const isAward = (n: Nomination) => n.status === "approved" || n.status === "paid";

export function inScope(n: Nomination, scope: ReceiptScope): boolean {
  return (
    (!scope.unitId || n.unitId === scope.unitId) && (!scope.districtId || n.districtId === scope.districtId)
  );
}

export function receiptEntries(
  programme: Programme,
  nominations: Nomination[],
  unitName: (id: string) => string,
  now?: number,
): { personalDataErased: boolean; items: ReceiptEntry[] } {
  const erased = personalDataExpired(programme, now) || programme.erasedOn !== undefined;
  const awards = nominations
    .filter(isAward)
    .sort(
      (a, b) =>
        unitName(a.districtId).localeCompare(unitName(b.districtId), "vi") ||
        unitName(a.unitId).localeCompare(unitName(b.unitId), "vi") ||
        a.pseudonym.localeCompare(b.pseudonym),
    );
  const items = awards.map((n, i): ReceiptEntry => {
    const child = erased ? null : n.child;
    return {
      no: i + 1,
      nominationId: n.id,
      pseudonym: n.pseudonym,
      childName: child?.fullName ?? null,
      dateOfBirth: child?.dateOfBirth ?? null,
      grade: child?.grade ?? null,
      school: child?.school ?? null,
      parentName: erased ? null : (n.parentName ?? null),
      unitId: n.unitId,
      unitName: unitName(n.unitId),
      districtId: n.districtId,
      districtName: unitName(n.districtId),
      category: n.category,
      categoryLabel: categoryLabels[n.category].vi,
      amount: n.amount,
      amountInWords: moneyInWords(n.amount),
      decisionNumber: n.decision?.number ?? null,
      decisionDate: n.decision?.date ?? null,
      status: n.status as "approved" | "paid",
      paidOn: n.payment?.paidOn ?? null,
      receivedBy: erased ? null : (n.payment?.receivedBy ?? null),
    };
  });
  return { personalDataErased: erased, items };
}

/** Districts and units that have awards, with their counts: the filter choices of the deciders. */
export function receiptFilters(nominations: Nomination[], unitName: (id: string) => string) {
  const districts = new Map<string, number>();
  const units = new Map<string, { districtId: string; count: number }>();
  for (const n of nominations.filter(isAward)) {
    districts.set(n.districtId, (districts.get(n.districtId) ?? 0) + 1);
    const u = units.get(n.unitId) ?? { districtId: n.districtId, count: 0 };
    units.set(n.unitId, { ...u, count: u.count + 1 });
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");
  return {
    districts: [...districts].map(([id, count]) => ({ id, name: unitName(id), count })).sort(byName),
    units: [...units].map(([id, u]) => ({ id, name: unitName(id), ...u })).sort(byName),
  };
}
