import type { ItemAddress } from "@congdoan/db";

/**
 * Every address this module writes, in one place. Partitions are chosen so that each list a page
 * shows is one query and each public board is one or two reads.
 */
export const keys = {
  movement: (id: string): ItemAddress => ({ pk: ["MOV"], sk: ["M", id] }),
  movements: ["MOV"] as const,
  cluster: (year: string, id: string): ItemAddress => ({ pk: ["CLU", year], sk: ["C", id] }),
  clusters: (year: string) => ["CLU", year] as const,
  /** One marker per school year that has clusters (the clusters page's year list). */
  clusterYear: (year: string): ItemAddress => ({ pk: ["CLU-YEARS"], sk: ["Y", year] }),
  clusterYears: ["CLU-YEARS"] as const,
  registration: (movementId: string, unitId: string): ItemAddress => ({
    pk: ["REG", movementId],
    sk: ["U", unitId],
  }),
  registrations: (movementId: string) => ["REG", movementId] as const,
  result: (movementId: string, year: string, unitId: string): ItemAddress => ({
    pk: ["RES", movementId, year],
    sk: ["U", unitId],
  }),
  results: (movementId: string, year: string) => ["RES", movementId, year] as const,
  round: (movementId: string, year: string): ItemAddress => ({ pk: ["ROUND", movementId], sk: ["Y", year] }),
  decision: (id: string): ItemAddress => ({ pk: ["DEC"], sk: ["D", id] }),
  decisions: ["DEC"] as const,
  proposal: (id: string): ItemAddress => ({ pk: ["PROP"], sk: ["P", id] }),
  proposals: ["PROP"] as const,
  initiative: (year: string, id: string): ItemAddress => ({ pk: ["INI", year], sk: ["I", id] }),
  initiatives: (year: string) => ["INI", year] as const,
  tally: (period: string, unitId: string): ItemAddress => ({ pk: ["TALLY"], sk: [period, unitId] }),
  /** Public boards: precomputed, kept current by the writes. */
  rankingBoard: (year: string, movementId: string, clusterId: string): ItemAddress => ({
    pk: ["BOARD", "RANK", year],
    sk: [movementId, clusterId],
  }),
  rankingBoards: (year: string) => ["BOARD", "RANK", year] as const,
  rankingYears: { pk: ["BOARD"], sk: ["RANK-YEARS"] } as ItemAddress,
  awardsBoard: { pk: ["BOARD"], sk: ["AWARDS"] } as ItemAddress,
  initiativesBoard: { pk: ["BOARD"], sk: ["INITIATIVES"] } as ItemAddress,
  targetsBoard: { pk: ["BOARD"], sk: ["TARGETS"] } as ItemAddress,
};
