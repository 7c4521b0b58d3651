import type { MessageKey } from "../i18n/vi";
import { ApiError, NETWORK_ERROR } from "./errors";

/** The text to show for a failed call: the server's localised message when there is one. */
export function errorMessage(error: unknown, t: (key: MessageKey) => string): string {
  if (error instanceof ApiError) {
    if (error.hasServerMessage) return error.message;
    if (error.code === NETWORK_ERROR) return t("state.error.network");
  }
  return t("state.error.badResponse");
}

export function isNotFound(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 404;
}
