import type { FieldError, LocalizedText, MessageKey, MessageParams } from "../i18n";

/**
 * Every error the product raises on purpose. The API maps them to HTTP in one place
 * (functions/api error mapper); nothing else decides status codes.
 */
export type ErrorCode =
  | "validation"
  | "bad_request"
  | "not_found"
  | "route_not_found"
  | "method_not_allowed"
  | "tenant_not_found"
  | "tenant_suspended"
  | "module_disabled"
  | "conflict"
  | "version_mismatch"
  | "unauthorized"
  | "forbidden"
  | "payload_too_large"
  | "unsupported_media_type"
  | "too_many_requests"
  | "login_failed"
  | "unavailable";

export const httpStatusOf: Record<ErrorCode, number> = {
  validation: 400,
  bad_request: 400,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  tenant_not_found: 404,
  tenant_suspended: 403,
  module_disabled: 404,
  conflict: 409,
  version_mismatch: 409,
  unauthorized: 401,
  forbidden: 403,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  login_failed: 401,
  unavailable: 503,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly fields?: FieldError[],
    /** Structured facts for the page beside the message (e.g. which records block a change). */
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code}: ${messageKey} ${JSON.stringify(params)}`);
    this.name = "AppError";
  }

  get status(): number {
    return httpStatusOf[this.code];
  }
}

export class NotFoundError extends AppError {
  /** `what` is a message key naming the entity, so the sentence reads right in each language. */
  constructor(readonly what: MessageKey = "entity.item") {
    super("not_found", "error.notFound", {});
  }
}

/**
 * `detail` completes the sentence "…conflicts with existing data: {detail}". Give it in both languages
 * where the reader may have switched to English; a plain string is shown as it is in both.
 */
export class ConflictError extends AppError {
  constructor(detail: string | LocalizedText) {
    super("conflict", "error.conflict", { detail });
  }
}

export class VersionMismatchError extends AppError {
  constructor() {
    super("version_mismatch", "error.versionMismatch");
  }
}

export class BadRequestError extends AppError {
  constructor(detail: string | LocalizedText) {
    super("bad_request", "error.badRequest", { detail });
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldError[]) {
    super("validation", "error.validation", {}, fields);
  }
}

export class UnauthorizedError extends AppError {
  constructor() {
    super("unauthorized", "error.unauthorized");
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super("forbidden", "error.forbidden");
  }
}

export class TenantNotFoundError extends AppError {
  constructor(tenant: string) {
    super("tenant_not_found", "error.tenantNotFound", { tenant });
  }
}

export class ModuleDisabledError extends AppError {
  constructor(module: string, tenant: string) {
    super("module_disabled", "error.moduleDisabled", { module, tenant });
  }
}

export class InvalidCursorError extends AppError {
  constructor() {
    super("bad_request", "error.invalidCursor");
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
