import {
  AppError,
  type ErrorBody,
  type ErrorCode,
  fieldErrorsOf,
  httpStatusOf,
  type Locale,
  type MessageKey,
  type MessageParams,
  NotFoundError,
  translate,
  ValidationError,
} from "@congdoan/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";

/** The one place where errors become HTTP responses; every error body has the same shape. */
export function errorBody(
  c: Context,
  code: ErrorCode | "internal",
  key: MessageKey,
  params: MessageParams = {},
  fields?: ErrorBody["error"]["fields"],
  details?: ErrorBody["error"]["details"],
): ErrorBody {
  const locale: Locale = c.get("locale") ?? "vi";
  const requestId = c.get("requestId") ?? "-";
  return {
    error: {
      code,
      message: translate(locale, key, { requestId, ...params }),
      ...(fields ? { fields } : {}),
      ...(details ? { details } : {}),
    },
    requestId,
  };
}

export function respondWithError(c: Context, error: AppError): Response {
  const params = { ...error.params };
  if (error instanceof NotFoundError) params.what = translate(c.get("locale") ?? "vi", error.what);
  return c.json(
    errorBody(c, error.code, error.messageKey, params, error.fields, error.details),
    error.status as ContentfulStatusCode,
  );
}

/** Hono's own exceptions (validator, body parsing) carry English plain text: translate what we know. */
function fromHttpException(error: HTTPException): AppError {
  const text = error.message ?? "";
  if (/malformed json/i.test(text)) return new AppError("bad_request", "error.malformedJson");
  if (/content-type|unsupported media type/i.test(text))
    return new AppError("unsupported_media_type", "error.unsupportedMediaType");
  switch (error.status) {
    case 401:
      return new AppError("unauthorized", "error.unauthorized");
    case 403:
      return new AppError("forbidden", "error.forbidden");
    case 404:
      return new AppError("not_found", "error.notFound", { what: "" });
    case 413:
      return new AppError("payload_too_large", "error.payloadTooLarge", { limit: "" });
    default:
      return new AppError("bad_request", "error.badRequest", { detail: text || String(error.status) });
  }
}

const UNAVAILABLE = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "ServiceUnavailable",
  "InternalServerError",
]);

export function mapError(error: unknown, c: Context): Response {
  if (error instanceof AppError) return respondWithError(c, error);
  if (error instanceof HTTPException) {
    if (error.status >= 500) return internal(error, c);
    return respondWithError(c, fromHttpException(error));
  }
  if (error instanceof z.ZodError) {
    return respondWithError(c, new ValidationError(fieldErrorsOf(error, c.get("locale") ?? "vi")));
  }
  if (error instanceof Error && UNAVAILABLE.has(error.name)) {
    c.get("log")?.warn("database unavailable", { error: error.name });
    return c.json(
      errorBody(c, "unavailable", "error.unavailable"),
      httpStatusOf.unavailable as ContentfulStatusCode,
    );
  }
  return internal(error, c);
}

function internal(error: unknown, c: Context): Response {
  // Details go to the log only: a response never shows a stack, a table name or a key.
  c.get("log")?.error("unhandled error", {
    error:
      error instanceof Error
        ? { name: error.name, message: error.message, stack: error.stack }
        : String(error),
  });
  return c.json(errorBody(c, "internal", "error.internal"), 500);
}
