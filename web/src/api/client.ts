import type { Locale } from "../i18n/locale";
import { fileNameFromDisposition } from "./content-disposition";
import { ApiError, BAD_RESPONSE, isApiErrorBody, NETWORK_ERROR } from "./errors";

export { ApiError, type ApiErrorBody, type ApiFieldError } from "./errors";

/** How a signed-in client authenticates; the token lives in memory only, never in storage. */
export interface ApiAuth {
  token: () => string | undefined;
  /** Gets a new access token; true when one was obtained. Called at most once per request, on a 401. */
  refresh: () => Promise<boolean>;
}

export interface ApiClientOptions {
  /** Read on every request so a language switch applies to the next call. */
  locale: () => Locale;
  fetch?: typeof fetch;
  /** Sends `Authorization: Bearer …` and retries once after a refresh when the server answers 401. */
  auth?: ApiAuth;
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition, when the server named the file. */
  fileName: string | undefined;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, "method" | "body">): Promise<T>;
  /** A file response (export), fetched with the same headers and token as any other call. */
  download(path: string, options?: Omit<RequestOptions, "method" | "body">): Promise<DownloadedFile>;
  /** The raw response, with the language, the token and the one retry after a refresh (module pages). */
  raw(path: string, init?: RequestInit): Promise<Response>;
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

async function failure(response: Response): Promise<ApiError> {
  const parsed = await readJson(response);
  const errorBody = parsed.ok && isApiErrorBody(parsed.value) ? parsed.value : undefined;
  return new ApiError(response.status, errorBody, {
    code: `http_${response.status}`,
    message: response.statusText,
  });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** Every call goes through here: language, token, and exactly one retry after a refreshed token. */
  async function authorized(path: string, build: (headers: Headers) => RequestInit): Promise<Response> {
    if (!isApiPath(path))
      throw new ApiError(0, undefined, { code: BAD_RESPONSE, message: `Not an API path: ${path}` });

    const attempt = async () => {
      const headers = new Headers({ "Accept-Language": options.locale() });
      const init = build(headers);
      const token = options.auth?.token();
      if (token) headers.set("Authorization", `Bearer ${token}`);
      try {
        // Cookies (the refresh token) only ever go to this origin, whatever the caller asked for.
        return await doFetch(path, { ...init, headers, credentials: "same-origin" });
      } catch (cause) {
        if (init.signal?.aborted) throw cause;
        throw new ApiError(0, undefined, { code: NETWORK_ERROR, message: "Network request failed" });
      }
    };

    const first = await attempt();
    // An expired access token: get a new one (the refresh cookie) and try exactly once more.
    if (first.status === 401 && options.auth && (await options.auth.refresh())) return attempt();
    return first;
  }

  function send(path: string, { method = "GET", body, signal }: RequestOptions, accept: string) {
    return authorized(path, (headers) => {
      headers.set("Accept", accept);
      if (body !== undefined) headers.set("Content-Type", "application/json");
      return { method, body: body === undefined ? null : JSON.stringify(body), signal: signal ?? null };
    });
  }

  async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
    const response = await send(path, opts, "application/json");
    if (!response.ok) throw await failure(response);
    const parsed = await readJson(response);
    // A 200 with HTML is what a static host's SPA fallback returns when the API is not behind it.
    if (!parsed.ok || (response.status !== 204 && parsed.value === undefined)) {
      throw new ApiError(response.status, undefined, { code: BAD_RESPONSE, message: "Response is not JSON" });
    }
    return parsed.value as T;
  }

  async function download(path: string, opts: Omit<RequestOptions, "method" | "body"> = {}) {
    const response = await send(path, { ...opts, method: "GET" }, "*/*");
    if (!response.ok) throw await failure(response);
    const fileName = fileNameFromDisposition(response.headers.get("Content-Disposition"));
    return { blob: await response.blob(), fileName };
  }

  function raw(path: string, init: RequestInit = {}) {
    return authorized(path, (headers) => {
      new Headers(init.headers).forEach((value, key) => {
        if (key.toLowerCase() !== "authorization") headers.set(key, value);
      });
      return init;
    });
  }

  return {
    request,
    get: (path, opts) => request(path, { ...opts, method: "GET" }),
    download,
    raw,
  };
}
