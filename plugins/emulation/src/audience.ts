import { todayIso, type Unit } from "@congdoan/core";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import type { Movement } from "./model";

/** Whether a unit is one the movement targets: inside the launching unit's subtree and of a listed kind. */
export async function inAudience(units: UnitDirectory, movement: Movement, unit: Unit): Promise<boolean> {
  const subtree = await units.subtree(movement.ownerUnitId);
  if (!subtree.includes(unit.id)) return false;
  const a = movement.audience;
  if (!a.unitKinds.includes(unit.kind)) return false;
  if (a.schoolLevels?.length && (!unit.schoolLevel || !a.schoolLevels.includes(unit.schoolLevel)))
    return false;
  if (a.ownership && unit.ownership !== a.ownership) return false;
  return true;
}

/** Registration after the deadline (Vietnam's calendar day) needs a reviewer's approval. */
export function isLate(movement: Movement, now = new Date()): boolean {
  return movement.registrationDeadline !== undefined && todayIso(now) > movement.registrationDeadline;
}
