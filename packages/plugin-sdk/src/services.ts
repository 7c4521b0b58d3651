import type { Unit } from "@congdoan/core";
import type { TransactionOp } from "@congdoan/db";

/**
 * Services the host lends a plugin, for its tenant only. A plugin never reads the host's storage
 * directly: the union tree, members and audit trail come through these.
 */

/** The tenant's union tree, read-only. */
export interface UnitDirectory {
  all(): Promise<Unit[]>;
  get(unitId: string): Promise<Unit | undefined>;
  /** The unit and everything below it (ids). */
  subtree(unitId: string): Promise<string[]>;
  childrenOf(unitId: string): Promise<string[]>;
  /** From the root down to the unit's parent (ids). */
  ancestors(unitId: string): Promise<string[]>;
}

/** What a plugin may know of a member (personal data: show it only to roles holding `members.read`). */
export interface MemberSummary {
  id: string;
  fullName: string;
  gender: "nam" | "nu" | "khac";
  dateOfBirth: string;
  unitId: string;
  status: "active" | "left" | "retired";
}

export interface MemberDirectory {
  get(memberId: string): Promise<MemberSummary | undefined>;
  ofUnit(unitId: string): Promise<MemberSummary[]>;
}

export interface AuditEntryInput {
  /** Dotted verb, e.g. `scholarships.nomination.approve`. */
  action: string;
  unitId?: string;
  /** `nomination:n123`, … */
  target: string;
  before?: unknown;
  after?: unknown;
}

/** The audit trail: `prepare` goes into the same transaction as the change it records. */
export interface AuditTrail {
  prepare(entry: AuditEntryInput): TransactionOp;
  record(entry: AuditEntryInput): Promise<void>;
}

export interface StoredFile {
  key: string;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Attached files (evidence, minutes), kept per tenant and plugin: on disk locally, in the uploads
 * bucket in the cloud. Keys are the host's; a plugin keeps the returned key in its own records.
 */
export interface FileStore {
  put(file: { fileName: string; contentType: string; bytes: Uint8Array }): Promise<StoredFile>;
  get(key: string): Promise<{ file: StoredFile; bytes: Uint8Array } | undefined>;
  remove(key: string): Promise<void>;
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
}
