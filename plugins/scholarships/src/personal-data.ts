import type { StoredItem, TenantStore } from "@congdoan/db";
import { withRetry } from "./context";
import { keys } from "./keys";
import type { Nomination, PersonalData, Programme, Review } from "./model";
import type { Ctx } from "./settings";

/**
 * Erasure without a scheduler. Closing a programme stamps it with `personalDataExpiresAt` (closing
 * time + the tenant's `retentionMonths`) and moves each nomination's personal data (child, parent,
 * member link, evidence keys, receiver) into a `PersonalData` item carrying the table's TTL
 * attribute; reviewers' working copies and the duplicate guards get the same TTL. DynamoDB deletes
 * them in the cloud by itself. Because TTL may lag (and DynamoDB Local never deletes), every read
 * also checks the clock: past the expiry, personal data is treated as erased. The nominations'
 * decisions, amounts and statuses, the funds and the tallies stay.
 */

/** Epoch seconds now; the one clock every expiry check reads (tests move it with vi.setSystemTime). */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Closing time + retention months, as epoch seconds (the TTL attribute's unit). */
export function expiryOf(closedAtMs: number, retentionMonths: number): number {
  const d = new Date(closedAtMs);
  d.setUTCMonth(d.getUTCMonth() + retentionMonths);
  return Math.floor(d.getTime() / 1000);
}

export function personalDataExpired(programme: Programme, now = nowSeconds()): boolean {
  return programme.personalDataExpiresAt !== undefined && now >= programme.personalDataExpiresAt;
}

/** A nomination without anything that names or locates a child or a parent. */
export function withoutPersonalData(n: Nomination): Nomination {
  const { receivedBy: _receivedBy, ...payment } = n.payment ?? { paidOn: "", method: "tien-mat" };
  return {
    ...n,
    child: null,
    parentName: null,
    memberId: "",
    evidenceKeys: [],
    ...(n.payment ? { payment } : {}),
  };
}

function merged(n: Nomination, p: PersonalData): Nomination {
  return {
    ...n,
    child: p.child,
    parentName: p.parentName,
    memberId: p.memberId,
    evidenceKeys: p.evidenceKeys,
    ...(n.payment && p.receivedBy ? { payment: { ...n.payment, receivedBy: p.receivedBy } } : {}),
  };
}

/**
 * Nominations as a caller with the right to see children may read them: personal data joined back
 * from the expiring items while they last, blanked once the retention period is over. For display
 * only: never write these back.
 */
export async function withPersonalData(
  store: TenantStore,
  programme: Programme,
  items: StoredItem<Nomination>[],
  now = nowSeconds(),
): Promise<StoredItem<Nomination>[]> {
  if (personalDataExpired(programme, now)) {
    return items.map((i) => ({ ...i, data: withoutPersonalData(i.data) }));
  }
  const sealed = items.filter((i) => i.data.sealed);
  if (sealed.length === 0) return items;
  // A page of a list: one read per file; a whole programme (progress, ceremony list): one query.
  const found =
    sealed.length <= 25
      ? await Promise.all(
          sealed.map((i) => store.get<PersonalData>(keys.personalDataOf(programme.id, i.data.id))),
        )
      : await store.queryAll<PersonalData>(keys.personalData(programme.id));
  const byId = new Map<string, PersonalData>();
  for (const p of found) if (p && p.data.expiresAt > now) byId.set(p.data.nominationId, p.data);
  return items.map((i) => {
    const p = i.data.sealed ? byId.get(i.data.id) : undefined;
    return p ? { ...i, data: merged(i.data, p) } : i;
  });
}

/** A reviewer's working copy as it may be shown: nothing of the file once personal data expired. */
export function reviewAsShown(programme: Programme, review: Review, now = nowSeconds()): Review {
  if (!personalDataExpired(programme, now)) return review;
  const { comment: _comment, ...rest } = review;
  return { ...rest, file: null };
}

/**
 * Moves the personal data of every nomination of a closed programme into expiring items and stamps
 * the reviews and duplicate guards with the same TTL. Idempotent: sealed nominations are skipped,
 * so a closing interrupted half-way is finished by the next call.
 */
export async function sealPersonalData(c: Ctx, programme: Programme): Promise<number> {
  const expiresAt = programme.personalDataExpiresAt;
  if (expiresAt === undefined) return 0;
  const { store, audit } = c.var;
  const nominations = await store.queryAll<Nomination>(keys.nominations(programme.id));
  let sealed = 0;
  for (const { data } of nominations) {
    if (data.sealed) continue;
    await withRetry(async () => {
      const n = await store.getOrThrow<Nomination>(keys.nomination(programme.id, data.id));
      if (n.data.sealed) return;
      const personal: PersonalData = {
        nominationId: n.data.id,
        child: n.data.child,
        parentName: n.data.parentName,
        memberId: n.data.memberId,
        evidenceKeys: n.data.evidenceKeys,
        ...(n.data.payment?.receivedBy ? { receivedBy: n.data.payment.receivedBy } : {}),
        expiresAt,
      };
      const reviews = [];
      for (const reviewer of n.data.review.assigned) {
        const address = keys.review(programme.id, reviewer, n.data.id);
        const r = await store.get<Review>(address);
        if (r) reviews.push(store.prepareUpdate(address, r, r.version, r.data, { expiresAt }));
      }
      await store.transact([
        store.prepareUpdate(
          keys.nomination(programme.id, n.data.id),
          n,
          n.version,
          { ...withoutPersonalData(n.data), sealed: true },
          { gsi1: keys.nominationIndex(programme.id, n.data.unitId, n.data.id) },
        ),
        // The evidence goes with the personal data: the cloud erases the listed files when TTL deletes it.
        store.prepareCreate(keys.personalDataOf(programme.id, n.data.id), "personal-data", personal, {
          expiresAt,
          expiringFiles: n.data.evidenceKeys,
        }),
        ...reviews,
        audit.prepare({
          action: "scholarships.nomination.seal-personal-data",
          unitId: n.data.unitId,
          target: `nomination:${n.data.id}`,
          after: { pseudonym: n.data.pseudonym, expiresAt },
        }),
      ]);
      sealed++;
    });
  }
  const guards = await store.queryAll<unknown>(keys.children(programme.id));
  for (let i = 0; i < guards.length; i += 25) {
    await store.transact(
      guards
        .slice(i, i + 25)
        .map((g) =>
          store.prepareUpdate(
            { pk: keys.children(programme.id), sk: g.key.sk.split("#") },
            g,
            g.version,
            g.data,
            { expiresAt },
          ),
        ),
    );
  }
  return sealed;
}
