export interface ApiFieldError {
  path: string;
  message: string;
}

/** Error body every API endpoint returns; `message` is already localised by the server. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: ApiFieldError[]; details?: Record<string, unknown> };
  requestId: string;
}

/** Codes the client makes up itself when no server error body is available. */
export const NETWORK_ERROR = "network_error";
export const BAD_RESPONSE = "bad_response";

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** HTTP status; 0 when the server was never reached. */
  readonly status: number;
  readonly code: string;
  readonly fields: ApiFieldError[];
  /** Structured facts about a refusal (e.g. which records block a change), when the server gave them. */
  readonly details: Record<string, unknown> | undefined;
  readonly requestId: string | undefined;
  /** The server's body as received, when it had the documented shape. */
  readonly body: ApiErrorBody | undefined;

  constructor(status: number, body: ApiErrorBody | undefined, fallback?: { code: string; message: string }) {
    const code = body?.error.code ?? fallback?.code ?? `http_${status}`;
    super(body?.error.message ?? fallback?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.fields = body?.error.fields ?? [];
    this.details = body?.error.details;
    this.requestId = body?.requestId;
    this.body = body;
  }

  /** True when `message` came from the server (localised) rather than from the client. */
  get hasServerMessage(): boolean {
    return this.body !== undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (!isRecord(value) || !isRecord(value.error)) return false;
  const { code, message, fields, details } = value.error;
  return (
    typeof code === "string" &&
    typeof message === "string" &&
    (fields === undefined || Array.isArray(fields)) &&
    (details === undefined || isRecord(details)) &&
    (value.requestId === undefined || typeof value.requestId === "string")
  );
}
