import type { LocalizedText } from "@congdoan/core";
import type { AwardCount, Nomination, Programme, Tally } from "./model";
import { refusals } from "./refusals";

const add = (count: AwardCount | undefined, by: number, amount: number): AwardCount => ({
  count: (count?.count ?? 0) + by,
  amount: (count?.amount ?? 0) + by * amount,
});

/** The quota of awards of a unit, and of its district; undefined = no limit. */
export function unitQuota(programme: Programme, unitId: string): number | undefined {
  return programme.quotas.byUnit[unitId] ?? programme.quotas.perUnitDefault;
}
export function districtQuota(programme: Programme, districtId: string): number | undefined {
  return programme.quotas.byDistrict[districtId];
}

/** Why an award does not fit the programme's budget or quotas, or undefined when it fits. */
export function refusalOf(
  programme: Programme,
  tally: Tally,
  nomination: Nomination,
): LocalizedText | undefined {
  if (tally.committed + nomination.amount > programme.budget) {
    return refusals.budgetExhausted;
  }
  const unitMax = unitQuota(programme, nomination.unitId);
  if (unitMax !== undefined && (tally.byUnit[nomination.unitId] ?? 0) >= unitMax) {
    return refusals.unitQuotaFull(unitMax);
  }
  const districtMax = districtQuota(programme, nomination.districtId);
  if (districtMax !== undefined && (tally.byDistrict[nomination.districtId]?.count ?? 0) >= districtMax) {
    return refusals.districtQuotaFull(districtMax);
  }
  return undefined;
}

/** The tally with one award added (by = 1) or taken back (by = −1). */
export function withAward(tally: Tally, nomination: Nomination, by: 1 | -1): Tally {
  const { unitId, districtId, category, amount } = nomination;
  const level = nomination.schoolLevel;
  return {
    ...tally,
    committed: tally.committed + by * amount,
    awarded: add(tally.awarded, by, amount),
    byUnit: { ...tally.byUnit, [unitId]: (tally.byUnit[unitId] ?? 0) + by },
    byDistrict: { ...tally.byDistrict, [districtId]: add(tally.byDistrict[districtId], by, amount) },
    byDistrictCategory: {
      ...tally.byDistrictCategory,
      [districtId]: {
        ...tally.byDistrictCategory[districtId],
        [category]: (tally.byDistrictCategory[districtId]?.[category] ?? 0) + by,
      },
    },
    byCategory: { ...tally.byCategory, [category]: add(tally.byCategory[category], by, amount) },
    bySchoolLevel: { ...tally.bySchoolLevel, [level]: add(tally.bySchoolLevel[level], by, amount) },
  };
}

export function withPayment(tally: Tally, nomination: Nomination): Tally {
  return { ...tally, paid: add(tally.paid, 1, nomination.amount) };
}

export function withNomination(tally: Tally, unitId: string, by: 1 | -1): Tally {
  return {
    ...tally,
    nominatedByUnit: { ...tally.nominatedByUnit, [unitId]: (tally.nominatedByUnit[unitId] ?? 0) + by },
  };
}
