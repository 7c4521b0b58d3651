import { describe, expect, it } from "vitest";
import { ApiError, createApiClient, isApiPath } from "./client";
import { errorMessage, isNotFound } from "./error-message";
import { isApiErrorBody } from "./errors";

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(response: () => Response | Promise<Response>, calls: Call[] = []): typeof fetch {
  return async (input, init) => {
    calls.push({ url: String(input), init });
    return response();
  };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("createApiClient", () => {
  it("sends Accept-Language from the current locale and parses JSON", async () => {
    const calls: Call[] = [];
    let locale: "vi" | "en" = "vi";
    const api = createApiClient({
      locale: () => locale,
      fetch: fakeFetch(() => json({ tenants: [] }), calls),
    });
    await expect(api.get("/api/public")).resolves.toEqual({ tenants: [] });
    locale = "en";
    await api.get("/api/public");
    const headers = calls.map((c) => new Headers(c.init?.headers).get("Accept-Language"));
    expect(headers).toEqual(["vi", "en"]);
  });

  it("throws ApiError carrying the server's error body", async () => {
    const body = {
      error: { code: "tenant_not_found", message: "Không tìm thấy đơn vị “x”." },
      requestId: "req-1",
    };
    const api = createApiClient({ locale: () => "vi", fetch: fakeFetch(() => json(body, 404)) });
    const error = await api.get("/api/public/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.code).toBe("tenant_not_found");
    expect(apiError.message).toBe("Không tìm thấy đơn vị “x”.");
    expect(apiError.requestId).toBe("req-1");
    expect(apiError.body).toEqual(body);
    expect(isNotFound(apiError)).toBe(true);
    expect(errorMessage(apiError, (k) => k)).toBe("Không tìm thấy đơn vị “x”.");
  });

  it("keeps validation field errors", async () => {
    const body = {
      error: {
        code: "validation",
        message: "Dữ liệu chưa hợp lệ",
        fields: [{ path: "name", message: "Bắt buộc" }],
      },
      requestId: "r",
    };
    const api = createApiClient({ locale: () => "vi", fetch: fakeFetch(() => json(body, 422)) });
    const error = (await api
      .request("/api/x", { method: "POST", body: {} })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.fields).toEqual([{ path: "name", message: "Bắt buộc" }]);
  });

  it("keeps a refusal's structured details, and refuses details that are not an object", async () => {
    const details = { scoredResults: { total: 2, listed: [] } };
    const body = { error: { code: "conflict", message: "Không đổi được", details }, requestId: "r" };
    const api = createApiClient({ locale: () => "vi", fetch: fakeFetch(() => json(body, 409)) });
    const error = (await api
      .request("/api/x", { method: "PATCH", body: {} })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.details).toEqual(details);
    expect(error.message).toBe("Không đổi được");
    expect(isApiErrorBody({ error: { code: "x", message: "y", details: "z" }, requestId: "r" })).toBe(false);
  });

  it("reports a network failure with status 0", async () => {
    const api = createApiClient({
      locale: () => "vi",
      fetch: async () => {
        throw new TypeError("fetch failed");
      },
    });
    const error = (await api.get("/api/public").catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe("network_error");
    expect(errorMessage(error, (k) => k)).toBe("state.error.network");
  });

  it("rejects HTML answered with 200 (SPA fallback without an API)", async () => {
    const api = createApiClient({
      locale: () => "vi",
      fetch: fakeFetch(() => new Response("<!doctype html>")),
    });
    const error = (await api.get("/api/public").catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe("bad_response");
    expect(error.hasServerMessage).toBe(false);
  });

  it("handles an error without a JSON body", async () => {
    const api = createApiClient({
      locale: () => "vi",
      fetch: fakeFetch(() => new Response("Bad gateway", { status: 502, statusText: "Bad Gateway" })),
    });
    const error = (await api.get("/api/public").catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe("http_502");
    expect(errorMessage(error, (k) => k)).toBe("state.error.badResponse");
  });

  it("refuses paths outside /api/", async () => {
    const calls: Call[] = [];
    const api = createApiClient({ locale: () => "vi", fetch: fakeFetch(() => json({}), calls) });
    await expect(api.get("https://evil.example/api/x")).rejects.toBeInstanceOf(ApiError);
    await expect(api.get("//evil.example/api/x")).rejects.toBeInstanceOf(ApiError);
    expect(calls).toHaveLength(0);
    expect(isApiPath("/api/public/ha-noi/m/emulation/scoreboards/cluster-ranking")).toBe(true);
  });
});
