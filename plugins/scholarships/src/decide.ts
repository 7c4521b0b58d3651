import { ConflictError, loadFund, loadNomination, loadTally, today, withRetry } from "./context";
import { keys } from "./keys";
import type { Fund, Nomination, Programme, Tally } from "./model";
import { refusals } from "./refusals";
import type { Ctx } from "./settings";
import { refusalOf, withAward, withPayment } from "./tally";

export interface DecisionRef {
  number: string;
  date: string;
}

const inPlay = (n: Nomination) => n.status === "submitted" || n.status === "waiting";
const gsi = (n: Nomination) => ({ gsi1: keys.nominationIndex(n.programmeId, n.unitId, n.id) });

/**
 * Approves one nomination against a fund. Fund, programme tally and nomination are written in one
 * transaction guarded by their versions, and every retry re-reads them: however many approvals run
 * at once, committed money never exceeds the fund or the budget and no quota is exceeded.
 */
export async function approve(
  c: Ctx,
  programme: Programme,
  nominationId: string,
  fundId: string,
  decision: DecisionRef,
): Promise<Nomination> {
  const { store, audit } = c.var;
  return withRetry(async () => {
    const [n, fund, tally] = await Promise.all([
      loadNomination(c, programme.id, nominationId),
      loadFund(c, programme.id, fundId),
      loadTally(c, programme),
    ]);
    if (!inPlay(n.data)) throw new ConflictError(refusals.noLongerPending(n.data.pseudonym));
    const amount = n.data.amount;
    if (fund.data.committed + amount > fund.data.total) {
      throw new ConflictError(
        refusals.fundTooLow(fund.data.name, fund.data.total - fund.data.committed, amount),
      );
    }
    const refusal = refusalOf(programme, tally.data, n.data);
    if (refusal) throw new ConflictError(refusal);
    const next: Nomination = {
      ...n.data,
      status: "approved",
      decision: { ...decision, fundId },
    };
    const nextFund: Fund = { ...fund.data, committed: fund.data.committed + amount };
    await store.transact([
      store.prepareUpdate(keys.fund(programme.id, fundId), fund, fund.version, nextFund),
      store.prepareUpdate<Tally>(
        keys.tally(programme.id),
        tally,
        tally.version,
        withAward(tally.data, n.data, 1),
      ),
      store.prepareUpdate(keys.nomination(programme.id, nominationId), n, n.version, next, gsi(n.data)),
      audit.prepare({
        action: "scholarships.nomination.approve",
        unitId: n.data.unitId,
        target: `nomination:${nominationId}`,
        before: { status: n.data.status },
        after: { status: "approved", pseudonym: n.data.pseudonym, amount, fundId, decision },
      }),
    ]);
    return next;
  });
}

/** Takes an approved award back: fund and tally give the money and the quota back, atomically. */
export async function withdraw(c: Ctx, programme: Programme, nominationId: string, reason: string) {
  const { store, audit } = c.var;
  return withRetry(async () => {
    const n = await loadNomination(c, programme.id, nominationId);
    if (n.data.status !== "approved") throw new ConflictError(refusals.withdrawOnlyApproved);
    const fundId = n.data.decision!.fundId;
    const [fund, tally] = await Promise.all([loadFund(c, programme.id, fundId), loadTally(c, programme)]);
    const next: Nomination = { ...n.data, status: "withdrawn", withdrawal: { reason, date: today() } };
    await store.transact([
      store.prepareUpdate(keys.fund(programme.id, fundId), fund, fund.version, {
        ...fund.data,
        committed: fund.data.committed - n.data.amount,
      }),
      store.prepareUpdate<Tally>(
        keys.tally(programme.id),
        tally,
        tally.version,
        withAward(tally.data, n.data, -1),
      ),
      store.prepareUpdate(keys.nomination(programme.id, nominationId), n, n.version, next, gsi(n.data)),
      audit.prepare({
        action: "scholarships.nomination.withdraw",
        unitId: n.data.unitId,
        target: `nomination:${nominationId}`,
        before: { status: "approved" },
        after: { status: "withdrawn", reason },
      }),
    ]);
    return next;
  });
}

export async function pay(
  c: Ctx,
  programme: Programme,
  nominationId: string,
  payment: NonNullable<Nomination["payment"]>,
) {
  const { store, audit } = c.var;
  return withRetry(async () => {
    const n = await loadNomination(c, programme.id, nominationId);
    if (n.data.status === "paid") throw new ConflictError(refusals.alreadyPaid);
    if (n.data.status !== "approved") throw new ConflictError(refusals.payOnlyApproved);
    const fundId = n.data.decision!.fundId;
    const [fund, tally] = await Promise.all([loadFund(c, programme.id, fundId), loadTally(c, programme)]);
    const next: Nomination = { ...n.data, status: "paid", payment };
    await store.transact([
      store.prepareUpdate(keys.fund(programme.id, fundId), fund, fund.version, {
        ...fund.data,
        paid: fund.data.paid + n.data.amount,
      }),
      store.prepareUpdate<Tally>(
        keys.tally(programme.id),
        tally,
        tally.version,
        withPayment(tally.data, n.data),
      ),
      store.prepareUpdate(keys.nomination(programme.id, nominationId), n, n.version, next, gsi(n.data)),
      audit.prepare({
        action: "scholarships.nomination.pay",
        unitId: n.data.unitId,
        target: `nomination:${nominationId}`,
        before: { status: "approved" },
        after: { status: "paid", method: payment.method, paidOn: payment.paidOn },
      }),
    ]);
    return next;
  });
}

/** Rejects (with its mandatory reason) or puts on the waiting list a nomination still in play. */
export async function setStatus(
  c: Ctx,
  programme: Programme,
  nominationId: string,
  status: "rejected" | "waiting",
  reason?: string,
) {
  const { store, audit } = c.var;
  return withRetry(async () => {
    const n = await loadNomination(c, programme.id, nominationId);
    if (!inPlay(n.data)) throw new ConflictError(refusals.alreadyDecided(n.data.pseudonym));
    const next: Nomination = {
      ...n.data,
      status,
      ...(status === "rejected" ? { rejection: { reason: reason!, date: today() } } : {}),
    };
    await store.transact([
      store.prepareUpdate(keys.nomination(programme.id, nominationId), n, n.version, next, gsi(n.data)),
      audit.prepare({
        action: `scholarships.nomination.${status === "rejected" ? "reject" : "wait"}`,
        unitId: n.data.unitId,
        target: `nomination:${nominationId}`,
        before: { status: n.data.status },
        after: { status, ...(reason ? { reason } : {}) },
      }),
    ]);
    return next;
  });
}
