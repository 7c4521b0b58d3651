import { z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, it } from "vitest";
import { definePlugin, PluginDefinitionError } from "./define-plugin";
import { guestbookPlugin, lifecycleCalls } from "./testing/guestbook-plugin";
import { createPluginHarness, type PluginHarness } from "./testing/harness";

let auth: Record<string, string> = {};
const json = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...auth },
  body: JSON.stringify(body),
});
const get = (): RequestInit => ({ headers: auth });

describe("definePlugin", () => {
  const base = {
    title: { vi: "Thử", en: "Test" },
    settings: z.object({}),
    permissions: {},
    server: async () => ({}),
  };

  it("refuses ids that cannot be URL segments or that the host reserves", () => {
    expect(() => definePlugin({ ...base, id: "Bad Id" })).toThrow(PluginDefinitionError);
    expect(() => definePlugin({ ...base, id: "units" })).toThrow(/reserved/);
  });

  it("refuses permissions outside the plugin's namespace", () => {
    expect(() =>
      definePlugin({
        ...base,
        id: "thu",
        permissions: { "other.read": { vi: "Đọc", en: "Read", roles: ["member"] } },
      }),
    ).toThrow(/must start with “thu.”/);
  });

  it("refuses settings without defaults, since enabling a module must work with no edits", () => {
    expect(() => definePlugin({ ...base, id: "thu", settings: z.object({ quota: z.number() }) })).toThrow(
      /default/,
    );
  });

  it("refuses a scoreboard declared twice", () => {
    const board = { id: "a-b", title: { vi: "A", en: "A" } };
    expect(() => definePlugin({ ...base, id: "thu", scoreboards: [board, board] })).toThrow(/twice/);
  });
});

describe("a plugin inside the host (guestbook test plugin)", () => {
  let h: PluginHarness;

  beforeAll(async () => {
    h = await createPluginHarness(guestbookPlugin, { otherTenantId: "dak-nong" });
    auth = await h.headersFor([{ role: "federation-admin", unitId: "ha-noi" }]);
  });

  it("lets nobody in without a login, and checks the plugin's own permissions through roles", async () => {
    expect((await h.request("/entries")).status).toBe(401);
    const member = await h.headersFor([{ role: "member", unitId: "cdcs-a" }]);
    expect((await h.request("/entries", { headers: member })).status).toBe(200);
    const write = await h.request("/entries", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...member },
      body: JSON.stringify({ id: "m1", unit: "CĐCS A", message: "Không được ghi" }),
    });
    expect(write.status).toBe(403);
  });

  it("writes through its scoped store under T#<tenant>#M#<plugin>#", async () => {
    const res = await h.request(
      "/entries",
      json({ id: "e1", unit: "THCS Trần Phú", message: "Chúc mừng năm học mới" }),
    );
    expect(res.status).toBe(201);
    const stored = await h.store.get({ pk: ["ENTRIES"], sk: ["E", "e1"] });
    expect(stored?.key.pk).toBe("T#ha-noi#M#guestbook#ENTRIES");
    const audit = (await (await h.app.request("/api/t/ha-noi/audit", { headers: auth })).json()) as {
      items: { action: string; target: string }[];
    };
    expect(audit.items).toContainEqual(
      expect.objectContaining({ action: "guestbook.write", target: "entry:e1" }),
    );
  });

  it("reads its settings (page size 2 by default) and pages with a cursor", async () => {
    await h.request("/entries", json({ id: "e2", unit: "THCS Trần Phú", message: "Hai" }));
    await h.request("/entries", json({ id: "e3", unit: "TH Khai Thái", message: "Ba" }));
    const first = (await (await h.request("/entries", get())).json()) as {
      items: unknown[];
      cursor?: string;
    };
    expect(first.items).toHaveLength(2);
    const next = await h.request(`/entries?cursor=${encodeURIComponent(first.cursor!)}`, get());
    expect(((await next.json()) as { items: unknown[] }).items).toHaveLength(1);
  });

  it("validates input with its zod schema and answers in Vietnamese", async () => {
    const res = await h.request("/entries", json({ id: "BAD ID", unit: "x", message: "" }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: { path: string }[] } };
    expect(body.error.code).toBe("validation");
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(["id", "message", "unit"]);
  });

  it("keeps each tenant's data apart", async () => {
    // A token of Hà Nội does not open Đắk Nông.
    expect((await h.request("/entries", get(), "dak-nong")).status).toBe(401);
    const dakNong = await h.headersFor([{ role: "federation-admin", unitId: "dak-nong" }], "dak-nong");
    const other = (await (await h.request("/entries", { headers: dakNong }, "dak-nong")).json()) as {
      items: unknown[];
    };
    expect(other.items).toEqual([]);
    const cursorFromHaNoi = ((await (await h.request("/entries", get())).json()) as { cursor: string })
      .cursor;
    const stolen = await h.request(
      `/entries?cursor=${encodeURIComponent(cursorFromHaNoi)}`,
      { headers: dakNong },
      "dak-nong",
    );
    expect(stolen.status).toBe(400);
  });

  it("serves public routes and scoreboards with aggregates only, ETag and 304", async () => {
    const count = (await (await h.publicRequest("/count")).json()) as { count: number };
    expect(count.count).toBe(3);
    const board = await h.publicRequest("/scoreboards/entries-per-unit");
    expect(board.status).toBe(200);
    expect(board.headers.get("cache-control")).toMatch(/public/);
    const data = (await board.json()) as { rows: { unit: string; count: number }[] };
    expect(data.rows).toContainEqual({ unit: "THCS Trần Phú", count: 2 });
    const etag = board.headers.get("etag")!;
    const again = await h.publicRequest("/scoreboards/entries-per-unit", {
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
    const portal = (await (await h.app.request("/api/public/ha-noi")).json()) as {
      scoreboards: { path: string }[];
    };
    expect(portal.scoreboards.map((s) => s.path)).toEqual([
      "/api/public/ha-noi/m/guestbook/scoreboards/entries-per-unit",
    ]);
  });

  it("lists its operations in the OpenAPI document under the tenant prefix", async () => {
    const doc = (await (await h.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/t/{tenant}/m/guestbook/entries",
        "/api/public/{tenant}/m/guestbook/count",
      ]),
    );
  });

  it("is hidden when switched off and everything is back when switched on again", async () => {
    await h.setEnabled(false);
    const off = await h.request("/entries", get());
    expect(off.status).toBe(404);
    const offBody = (await off.json()) as { error: { code: string; message: string } };
    expect(offBody.error.code).toBe("module_disabled");
    expect(offBody.error.message).toContain("Sổ lưu niệm");
    expect((await h.publicRequest("/scoreboards/entries-per-unit")).status).toBe(404);
    const portal = (await (await h.app.request("/api/public/ha-noi")).json()) as { scoreboards: unknown[] };
    expect(portal.scoreboards).toEqual([]);
    await h.setEnabled(true);
    const back = (await (await h.request("/entries?", get())).json()) as { items: unknown[] };
    expect(back.items).toHaveLength(2);
    expect(lifecycleCalls).toEqual(["disable:ha-noi", "enable:ha-noi"]);
  });
});
