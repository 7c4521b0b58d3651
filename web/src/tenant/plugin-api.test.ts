import { describe, expect, it } from "vitest";
import { createApiClient } from "../api/client";
import { createPluginApi, modulePath } from "./plugin-api";

const base = "/api/t/ha-noi/m/scholarships";

describe("module pages' API access", () => {
  it("joins module-relative paths under the module's base, keeping the query", () => {
    expect(modulePath(base, "/")).toBe(base);
    expect(modulePath(base, "programs/2026")).toBe(`${base}/programs/2026`);
    expect(modulePath(base, "/programs?year=2026-2027")).toBe(`${base}/programs?year=2026-2027`);
  });

  it("refuses paths that would leave the module", () => {
    for (const bad of [
      "../../users",
      "/a/%2e%2e/b",
      "//evil.example/x",
      "https://evil.example",
      "a\\b",
      "/a%2Fb",
    ]) {
      expect(() => modulePath(base, bad), bad).toThrow();
    }
  });

  it("sends the session's token and rejects with the server's message and fields", async () => {
    const seen: { url: string; auth: string | null; method: string | undefined }[] = [];
    const api = createApiClient({
      locale: () => "vi",
      auth: { token: () => "tok", refresh: async () => false },
      fetch: async (url, init) => {
        seen.push({
          url: String(url),
          auth: new Headers(init?.headers).get("Authorization"),
          method: init?.method,
        });
        return new Response(
          JSON.stringify({
            error: {
              code: "validation",
              message: "Dữ liệu chưa hợp lệ",
              fields: [{ path: "amount", message: "Bắt buộc" }],
            },
            requestId: "r",
          }),
          { status: 400 },
        );
      },
    });
    const plugin = createPluginApi(api, "ha-noi", "scholarships");
    const error = (await plugin.send("POST", "/awards", { amount: 0 }).catch((e: unknown) => e)) as Error & {
      fields: unknown;
    };
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe("Dữ liệu chưa hợp lệ");
    expect(error.fields).toEqual([{ path: "amount", message: "Bắt buộc" }]);
    const response = await plugin.raw("/export.csv");
    expect(response.status).toBe(400);
    expect(seen.map((s) => [s.url, s.auth, s.method])).toEqual([
      [`${base}/awards`, "Bearer tok", "POST"],
      [`${base}/export.csv`, "Bearer tok", undefined],
    ]);
  });
});
