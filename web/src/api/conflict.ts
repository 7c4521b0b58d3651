import { ApiError } from "./errors";

/** Someone else saved the record after it was loaded (optimistic locking): reload and try again. */
export function isVersionMismatch(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === "version_mismatch";
}

/**
 * Server field errors keyed by path ("name", "grants.0.unitId"); with `prefix` ("settings.") only
 * those under it, with the prefix removed. The first message per path wins.
 */
export function fieldErrorsByPath(error: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const field of error.fields) {
    if (!field.path.startsWith(prefix)) continue;
    const path = field.path.slice(prefix.length);
    if (!(path in out)) out[path] = field.message;
  }
  return out;
}
