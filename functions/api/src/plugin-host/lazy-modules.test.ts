import type { AnyPlugin } from "@congdoan/plugin-sdk";
import { createPluginHarness, guestbookPlugin } from "@congdoan/plugin-sdk/testing";
import { describe, expect, it } from "vitest";

/** The guestbook module with its server import counted (and, when asked, failing the first time). */
function countedGuestbook(options: { failFirst?: boolean } = {}) {
  const counter = { imports: 0 };
  const plugin: AnyPlugin = {
    ...(guestbookPlugin as AnyPlugin),
    server: async () => {
      counter.imports++;
      if (options.failFirst && counter.imports === 1) throw new Error("module chunk missing");
      return guestbookPlugin.server() as never;
    },
  };
  return { plugin, counter };
}

describe("a module's server side is imported when a request first needs it", () => {
  it("starting, health and the public portal read only definitions; one import serves all requests", async () => {
    const { plugin, counter } = countedGuestbook();
    const h = await createPluginHarness(plugin);
    expect((await h.app.request("/api/health")).status).toBe(200);
    const portal = (await (await h.app.request(`/api/public/${h.tenant.id}`)).json()) as {
      scoreboards: { id: string }[];
    };
    expect(portal.scoreboards.map((b) => b.id)).toEqual(["entries-per-unit"]);
    expect(counter.imports).toBe(0);

    const admin = await h.headersFor([{ role: "federation-admin", unitId: h.tenant.id }]);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => h.request("/entries", { headers: admin })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await h.publicRequest("/count")).status).toBe(200);
    expect(counter.imports).toBe(1);
  });

  it("the OpenAPI document imports every module to list its routes", async () => {
    const { plugin, counter } = countedGuestbook();
    const h = await createPluginHarness(plugin);
    const doc = (await (await h.app.request("/api/openapi.json")).json()) as { paths: object };
    expect(Object.keys(doc.paths)).toContain("/api/t/{tenant}/m/guestbook/entries");
    expect(Object.keys(doc.paths)).toContain("/api/public/{tenant}/m/guestbook/count");
    expect(counter.imports).toBe(1);
  });

  it("a switched-off module is refused by its gate without being imported", async () => {
    const { plugin, counter } = countedGuestbook();
    const h = await createPluginHarness(plugin, { enabled: false });
    const admin = await h.headersFor([{ role: "federation-admin", unitId: h.tenant.id }]);
    const res = await h.request("/entries", { headers: admin });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("module_disabled");
    expect(counter.imports).toBe(0);
  });

  it("the host's variables, errors, 404 and 405 reach and leave the module's routes as before", async () => {
    const { plugin } = countedGuestbook();
    const h = await createPluginHarness(plugin);
    const admin = await h.headersFor([{ role: "federation-admin", unitId: h.tenant.id }]);
    // Invalid input: the host's validation hook, in the caller's language.
    const invalid = await h.request("/entries", {
      method: "POST",
      headers: { ...admin, "Content-Type": "application/json", "Accept-Language": "en" },
      body: JSON.stringify({ id: "x" }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe("validation");
    // No login: the host's 401, thrown inside the module's app, mapped by the host.
    expect((await h.request("/entries")).status).toBe(401);
    const unknown = await h.request("/nowhere", { headers: admin });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("route_not_found");
    const wrongMethod = await h.request("/entries", { method: "DELETE", headers: admin });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("GET, HEAD, POST");
    // Headers the host adds after the module answered.
    const ok = await h.request("/entries", { headers: admin });
    expect(ok.headers.get("x-request-id")).toBeTruthy();
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("an import that fails answers 500 once and is tried again by the next request", async () => {
    const { plugin, counter } = countedGuestbook({ failFirst: true });
    const h = await createPluginHarness(plugin);
    const admin = await h.headersFor([{ role: "federation-admin", unitId: h.tenant.id }]);
    const failed = await h.request("/entries", { headers: admin });
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: { code: string } }).error.code).toBe("internal");
    expect((await h.request("/entries", { headers: admin })).status).toBe(200);
    expect(counter.imports).toBe(2);
  });
});
