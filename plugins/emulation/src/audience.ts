import { todayIso, type Unit } from "@congdoan/core";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import type { Movement } from "./model";

/**
 * Which units the movement targets: inside the launching unit's subtree and of a listed kind (and
 * school level, ownership when the audience names them). Reads the subtree once for a whole list.
 */
export async function audienceOf(units: UnitDirectory, movement: Movement): Promise<(unit: Unit) => boolean> {
  const subtree = new Set(await units.subtree(movement.ownerUnitId));
  const a = movement.audience;
  return (unit) => {
    if (!subtree.has(unit.id)) return false;
    if (!a.unitKinds.includes(unit.kind)) return false;
    if (a.schoolLevels?.length && (!unit.schoolLevel || !a.schoolLevels.includes(unit.schoolLevel)))
      return false;
    if (a.ownership && unit.ownership !== a.ownership) return false;
    return true;
  };
}

/** Whether a unit is one the movement targets (see `audienceOf`). */
export async function inAudience(units: UnitDirectory, movement: Movement, unit: Unit): Promise<boolean> {
  return (await audienceOf(units, movement))(unit);
}

/** Registration after the deadline (Vietnam's calendar day) needs a reviewer's approval. */
export function isLate(movement: Movement, now = new Date()): boolean {
  return movement.registrationDeadline !== undefined && todayIso(now) > movement.registrationDeadline;
}
