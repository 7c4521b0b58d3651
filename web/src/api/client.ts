import type { Locale } from "../i18n/locale";
import { ApiError, BAD_RESPONSE, isApiErrorBody, NETWORK_ERROR } from "./errors";

export { ApiError, type ApiErrorBody, type ApiFieldError } from "./errors";

export interface ApiClientOptions {
  /** Read on every request so a language switch applies to the next call. */
  locale: () => Locale;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, "method" | "body">): Promise<T>;
}

/**
 * Only same-origin `/api/...` paths are accepted: some paths (scoreboards) come from API
 * data, and this keeps a bad value from sending requests, with cookies, elsewhere.
 */
export function isApiPath(path: string): boolean {
  return path.startsWith("/api/") && !path.startsWith("//") && !path.includes("\\");
}

async function readJson(response: Response): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await response.text();
  if (text === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<T>(path: string, { method = "GET", body, signal }: RequestOptions = {}) {
    if (!isApiPath(path))
      throw new ApiError(0, undefined, { code: BAD_RESPONSE, message: `Not an API path: ${path}` });
    const headers: Record<string, string> = {
      Accept: "application/json",
      "Accept-Language": options.locale(),
    };
    if (body !== undefined) headers["Content-Type"] = "application/json";

    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        credentials: "same-origin",
        signal: signal ?? null,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(0, undefined, { code: NETWORK_ERROR, message: "Network request failed" });
    }

    const parsed = await readJson(response);
    if (!response.ok) {
      const errorBody = parsed.ok && isApiErrorBody(parsed.value) ? parsed.value : undefined;
      throw new ApiError(response.status, errorBody, {
        code: `http_${response.status}`,
        message: response.statusText,
      });
    }
    // A 200 with HTML is what a static host's SPA fallback returns when the API is not behind it.
    if (!parsed.ok || (response.status !== 204 && parsed.value === undefined)) {
      throw new ApiError(response.status, undefined, { code: BAD_RESPONSE, message: "Response is not JSON" });
    }
    return parsed.value as T;
  }

  return {
    request,
    get: (path, opts) => request(path, { ...opts, method: "GET" }),
  };
}
