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
 * A form the browser posts one file to directly (multipart/form-data: every field of `fields`, then
 * `file` last), so file bodies never pass through the API: an S3 presigned POST in the cloud, the
 * API's own stand-in locally. It is limited to one key, one content type and `maxBytes`, and expires.
 */
export interface UploadForm {
  url: string;
  fields: Record<string, string>;
  /** What to send back to the module's route, which then calls `files.adopt(key, …)`. */
  key: string;
  maxBytes: number;
  /** ISO time after which the form is refused. */
  expiresAt: string;
}

/**
 * Attached files (evidence, minutes), kept per tenant and plugin: on disk locally, in the uploads
 * bucket in the cloud. Keys are the host's; a plugin keeps the returned key in its own records.
 *
 * Files picked in a browser take two steps: `createUpload` answers a form for the browser, which
 * posts the file to a pending place; `adopt(key)` then checks that pending file (this tenant and
 * plugin only, allowed type, within the limit) and keeps it. `put` is for files the server makes.
 */
export interface FileStore {
  put(file: { fileName: string; contentType: string; bytes: Uint8Array }): Promise<StoredFile>;
  /** Refuses a forbidden type (415) or an oversize file (413) before anything is signed. */
  createUpload(file: { fileName: string; contentType: string; size: number }): Promise<UploadForm>;
  /**
   * Keeps a file the browser uploaded with a form of this tenant and plugin, under the same kind of
   * key `put` returns. An unknown, expired, already adopted or foreign key is a 400.
   */
  adopt(key: string, file: { fileName: string }): Promise<StoredFile>;
  get(key: string): Promise<{ file: StoredFile; bytes: Uint8Array } | undefined>;
  remove(key: string): Promise<void>;
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
}
