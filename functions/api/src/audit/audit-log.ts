import { randomBytes } from "node:crypto";
import type { Page, TenantStore, TransactionOp } from "@congdoan/db";

export interface AuditEntry {
  at: string;
  actor: string;
  /** Dotted verb, e.g. `unit.move`, `user.create`, `member.import`. */
  action: string;
  /** The unit the change belongs to, for filtering by subtree. */
  unitId?: string;
  /** What was changed: `unit:tx-thcs-nhan-chinh`, `user:nguyen.van.a`. */
  target: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

const AUDIT = ["AUDIT"] as const;

/**
 * The audit trail. Entries are written in the same transaction as the change they describe, so a
 * change without its entry (or the reverse) cannot exist. Newest first by sort key.
 */
export class AuditLog {
  constructor(readonly store: TenantStore) {}

  prepare(entry: Omit<AuditEntry, "at">): TransactionOp {
    const at = new Date().toISOString();
    const id = `${at}_${randomBytes(4).toString("hex")}`;
    return this.store.prepareCreate(
      { pk: AUDIT, sk: ["A", id] },
      "audit",
      { ...entry, at } satisfies AuditEntry,
      entry.unitId ? { gsi1: { pk: ["AUDIT-UNIT", entry.unitId], sk: id } } : {},
    );
  }

  async record(entry: Omit<AuditEntry, "at">): Promise<void> {
    await this.store.transact([this.prepare(entry)]);
  }

  list(options: { unitId?: string; limit?: number; cursor?: string }): Promise<Page<AuditEntry>> {
    const paging = {
      limit: options.limit ?? 50,
      reverse: true,
      ...(options.cursor ? { cursor: options.cursor } : {}),
    };
    return options.unitId
      ? this.store.query<AuditEntry>(["AUDIT-UNIT", options.unitId], { ...paging, index: "gsi1" })
      : this.store.query<AuditEntry>(AUDIT, { ...paging, skPrefix: ["A"] });
  }
}
