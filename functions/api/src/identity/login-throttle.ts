import { AppError } from "@congdoan/core";
import type { TenantStore } from "@congdoan/db";

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const IP_WINDOW_MINUTES = 15;
const IP_MAX_ATTEMPTS = 30;

/**
 * Per-address limit on sign-in attempts, counted atomically in the table so it holds across Lambda
 * instances. Per-account locking lives on the account itself (see login).
 */
export async function throttleLoginByAddress(store: TenantStore, address: string): Promise<void> {
  const windowStart = Math.floor(Date.now() / (IP_WINDOW_MINUTES * 60_000));
  const expiresAt = (windowStart + 2) * IP_WINDOW_MINUTES * 60;
  const safeAddress = address.replace(/[^0-9a-fA-F.:]/g, "_").slice(0, 64) || "unknown";
  const attempts = await store.increment(
    { pk: ["THROTTLE"], sk: ["LOGIN-IP", safeAddress, String(windowStart)] },
    1,
    expiresAt,
  );
  if (attempts > IP_MAX_ATTEMPTS) {
    throw new AppError("too_many_requests", "error.tooManyAttempts", { minutes: IP_WINDOW_MINUTES });
  }
}
