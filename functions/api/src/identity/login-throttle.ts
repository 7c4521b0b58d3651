import { AppError } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const IP_WINDOW_MINUTES = 15;
/** Failed sign-ins per address and window: a school's or office's shared address signs in freely. */
const IP_MAX_FAILURES = 30;

function addressWindow(address: string) {
  const windowStart = Math.floor(Date.now() / (IP_WINDOW_MINUTES * 60_000));
  const safeAddress = address.replace(/[^0-9a-fA-F.:]/g, "_").slice(0, 64) || "unknown";
  return {
    counter: { pk: ["THROTTLE"], sk: ["LOGIN-IP", safeAddress, String(windowStart)] },
    expiresAt: (windowStart + 2) * IP_WINDOW_MINUTES * 60,
  };
}

/**
 * Per-address limit on failed sign-ins, counted atomically in the table so it holds across Lambda
 * instances and parallel requests: each attempt takes a slot first (an atomic add), and a successful
 * sign-in gives its slot back, so only failures stay counted. Per-account locking lives on the account.
 */
export async function takeAttemptSlot(store: TenantStore, address: string): Promise<void> {
  const { counter, expiresAt } = addressWindow(address);
  if ((await store.increment(counter, 1, expiresAt)) > IP_MAX_FAILURES) {
    throw new AppError("too_many_requests", "error.tooManyAttempts", { minutes: IP_WINDOW_MINUTES });
  }
}

export async function giveBackAttemptSlot(store: TenantStore, address: string): Promise<void> {
  const { counter, expiresAt } = addressWindow(address);
  await store.increment(counter, -1, expiresAt);
}
