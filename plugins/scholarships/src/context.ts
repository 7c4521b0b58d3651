import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  schoolYearRange,
  todayIso,
  UnauthorizedError,
  VersionMismatchError,
} from "@congdoan/core";
import type { StoredItem } from "@congdoan/db";
import type { UnitDirectory } from "@congdoan/plugin-sdk";
import { keys } from "./keys";
import { emptyTally, type Fund, type Nomination, type Programme, type Tally } from "./model";
import { refusals } from "./refusals";
import type { Ctx } from "./settings";

export const PERMISSION = {
  manage: "scholarships.manage",
  nominate: "scholarships.nominate",
  review: "scholarships.review",
  decide: "scholarships.decide",
  read: "scholarships.read",
} as const;

export function username(c: Ctx): string {
  const user = c.var.user;
  if (!user) throw new UnauthorizedError();
  return user.username;
}

export async function loadProgramme(c: Ctx, id: string): Promise<StoredItem<Programme>> {
  const item = await c.var.store.get<Programme>(keys.programme(id));
  if (!item) throw new NotFoundError();
  return item;
}

/** A programme the caller may see at all: any scholarships permission inside or above its owner. */
export async function readableProgramme(c: Ctx, id: string): Promise<StoredItem<Programme>> {
  const item = await loadProgramme(c, id);
  const owner = item.data.ownerUnitId;
  for (const p of Object.values(PERMISSION)) {
    if (await c.var.access.can(p, owner)) return item;
    for (const scope of c.var.access.scopes(p)) {
      if ((await c.var.units.ancestors(scope)).includes(owner)) return item;
    }
  }
  throw new NotFoundError();
}

export async function loadTally(c: Ctx, programme: Programme): Promise<StoredItem<Tally>> {
  const item = await c.var.store.get<Tally>(keys.tally(programme.id));
  if (item) return item;
  // Created with the programme; absent only for programmes written before tallies existed.
  await c.var.store.create(keys.tally(programme.id), "tally", emptyTally(programme)).catch(() => undefined);
  return c.var.store.getOrThrow<Tally>(keys.tally(programme.id));
}

export async function loadFund(c: Ctx, programmeId: string, fundId: string): Promise<StoredItem<Fund>> {
  const item = await c.var.store.get<Fund>(keys.fund(programmeId, fundId));
  if (!item) throw new NotFoundError();
  return item;
}

export async function loadNomination(
  c: Ctx,
  programmeId: string,
  id: string,
): Promise<StoredItem<Nomination>> {
  const item = await c.var.store.get<Nomination>(keys.nomination(programmeId, id));
  if (!item) throw new NotFoundError();
  return item;
}

/**
 * A nomination with the child's data: only the nominating unit's officers and the federation admins
 * deciding the programme. Anyone else is told it does not exist.
 */
export async function privateNomination(c: Ctx, programme: Programme, id: string) {
  const item = await loadNomination(c, programme.id, id);
  if (!(await canSeeChild(c, programme, item.data.unitId))) throw new NotFoundError();
  return item;
}

export async function canSeeChild(c: Ctx, programme: Programme, unitId: string): Promise<boolean> {
  return (
    (await c.var.access.can(PERMISSION.decide, programme.ownerUnitId)) ||
    (await c.var.access.can(PERMISSION.nominate, unitId))
  );
}

/** The district (LĐLĐ quận/huyện) or sector union a CĐCS belongs to: its nearest such ancestor. */
export async function districtOf(units: UnitDirectory, unitId: string): Promise<string> {
  const chain = await units.ancestors(unitId);
  for (const id of [...chain].reverse()) {
    const unit = await units.get(id);
    if (unit && (unit.kind === "ldld-huyen" || unit.kind === "cdn-gd")) return id;
  }
  return chain.at(-1) ?? unitId;
}

export function today(): string {
  return todayIso();
}

export function schoolYearStart(c: Ctx, schoolYear: string): string {
  return schoolYearRange(schoolYear, c.var.tenant.schoolYear).start;
}

export function requireOpen(programme: Programme) {
  if (programme.status === "closed") throw new ConflictError(refusals.programmeClosed);
}

/**
 * Runs an optimistic read-check-write until it commits: each attempt reads fresh data, so a refusal
 * (budget, quota) is decided on the latest state. Jittered back-off spreads concurrent writers.
 */
export async function withRetry<T>(attempt: () => Promise<T>, attempts = 60): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof VersionMismatchError) || i >= attempts) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(10 * i, 200)));
    }
  }
}

export function assertVersion(current: number, expected: number) {
  if (current !== expected) throw new VersionMismatchError();
}

export { BadRequestError, ConflictError, ForbiddenError, NotFoundError };
