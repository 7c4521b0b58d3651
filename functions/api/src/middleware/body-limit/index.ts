import { AppError, formatNumber } from "@congdoan/core";
import { bodyLimit } from "hono/body-limit";

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Refuses large bodies before they are read into memory; files go to storage, not through JSON. */
export function limitBody(maxBytes = DEFAULT_BODY_LIMIT) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError("payload_too_large", "error.payloadTooLarge", {
        limit: `${formatNumber(Math.round(maxBytes / 1024))} KB`,
      });
    },
  });
}
