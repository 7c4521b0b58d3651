import { describe, expect, it } from "vitest";
import { ApiError, createApiClient } from "./client";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const unauthorized = () =>
  json({ error: { code: "unauthorized", message: "Phiên đã hết hạn" }, requestId: "r" }, 401);

describe("authenticated client", () => {
  it("sends the bearer token and, after a 401, refreshes once and retries with the new token", async () => {
    let token = "old";
    let refreshes = 0;
    const seen: (string | null)[] = [];
    const api = createApiClient({
      locale: () => "vi",
      fetch: async (_url, init) => {
        const auth = new Headers(init?.headers).get("Authorization");
        seen.push(auth);
        return auth === "Bearer new" ? json({ ok: true }) : unauthorized();
      },
      auth: {
        token: () => token,
        refresh: async () => {
          refreshes++;
          token = "new";
          return true;
        },
      },
    });
    await expect(api.get("/api/t/ha-noi/units")).resolves.toEqual({ ok: true });
    expect(seen).toEqual(["Bearer old", "Bearer new"]);
    expect(refreshes).toBe(1);
  });

  it("gives up after one retry and when the refresh fails", async () => {
    let calls = 0;
    const api = createApiClient({
      locale: () => "vi",
      fetch: async () => {
        calls++;
        return unauthorized();
      },
      auth: { token: () => "t", refresh: async () => false },
    });
    const error = (await api.get("/api/t/ha-noi/units").catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    expect(calls).toBe(1);
  });

  it("downloads files with the token and the server's file name", async () => {
    const api = createApiClient({
      locale: () => "vi",
      fetch: async (_url, init) => {
        expect(new Headers(init?.headers).get("Authorization")).toBe("Bearer t");
        return new Response("a,b\r\n", {
          headers: {
            "Content-Disposition": 'attachment; filename="doan-vien.csv"',
            "Content-Type": "text/csv",
          },
        });
      },
      auth: { token: () => "t", refresh: async () => false },
    });
    const file = await api.download("/api/t/ha-noi/members/export?format=csv");
    expect(file.fileName).toBe("doan-vien.csv");
    expect(await file.blob.text()).toBe("a,b\r\n");
  });
});
