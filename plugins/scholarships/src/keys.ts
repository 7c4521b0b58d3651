import type { IndexAddress, ItemAddress } from "@congdoan/db";

/**
 * Every address this module writes, in one place. Each list a page shows is one query; each public
 * board is at most two reads (the programme list and the tallies partition).
 */
export const keys = {
  programmes: ["PROG"] as const,
  programme: (id: string): ItemAddress => ({ pk: ["PROG"], sk: ["P", id] }),
  funds: (programmeId: string) => ["FUND", programmeId] as const,
  fund: (programmeId: string, fundId: string): ItemAddress => ({
    pk: ["FUND", programmeId],
    sk: ["F", fundId],
  }),
  /** One tally per programme, all in one partition so year-over-year totals are one query. */
  tallies: ["TALLY"] as const,
  tally: (programmeId: string): ItemAddress => ({ pk: ["TALLY"], sk: ["P", programmeId] }),
  panel: (programmeId: string): ItemAddress => ({ pk: ["PANEL"], sk: ["P", programmeId] }),
  nominations: (programmeId: string) => ["NOM", programmeId] as const,
  nomination: (programmeId: string, id: string): ItemAddress => ({
    pk: ["NOM", programmeId],
    sk: ["N", id],
  }),
  /** Secondary index: a unit's nominations in a programme, so an officer pages only their own. */
  nominationsOfUnit: (programmeId: string, unitId: string) => ["NOMU", programmeId, unitId] as const,
  nominationIndex: (programmeId: string, unitId: string, id: string): IndexAddress => ({
    pk: ["NOMU", programmeId, unitId],
    sk: id,
  }),
  /** The personal data of a closed programme's nomination, with a TTL (see personal-data.ts). */
  personalData: (programmeId: string) => ["PII", programmeId] as const,
  personalDataOf: (programmeId: string, id: string): ItemAddress => ({
    pk: ["PII", programmeId],
    sk: ["N", id],
  }),
  /** Guards "the same child twice in one programme"; the key is a salted hash, never a name. */
  child: (programmeId: string, fingerprint: string): ItemAddress => ({
    pk: ["CHILD", programmeId],
    sk: ["C", fingerprint],
  }),
  children: (programmeId: string) => ["CHILD", programmeId] as const,
  sequence: (programmeId: string): ItemAddress => ({ pk: ["SEQ"], sk: ["P", programmeId] }),
  /** A reviewer's work list: one partition per reviewer and programme. */
  reviews: (programmeId: string, reviewer: string) => ["REV", programmeId, reviewer] as const,
  review: (programmeId: string, reviewer: string, nominationId: string): ItemAddress => ({
    pk: ["REV", programmeId, reviewer],
    sk: ["N", nominationId],
  }),
};
