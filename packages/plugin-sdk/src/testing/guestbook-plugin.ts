import { z } from "@hono/zod-openapi";
import { definePlugin, definePluginServer } from "../define-plugin";
import { guardedRoute, PUBLIC } from "../guarded-route";

/**
 * A deliberately small module that exercises the whole contract: settings with defaults, a
 * permission, private and public routes, a scoreboard, lifecycle hooks and the scoped store.
 * It exists only for the SDK's tests and is registered nowhere in the product.
 */
const Entry = z.object({ id: z.string(), unit: z.string(), message: z.string() }).openapi("GuestbookEntry");

const addEntry = guardedRoute("guestbook.write", {
  method: "post",
  path: "/entries",
  summary: "Ghi một lời chúc",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            unit: z.string().min(2),
            message: z.string().min(1).max(280),
          }),
        },
      },
    },
  },
  responses: { 201: { description: "Đã ghi", content: { "application/json": { schema: Entry } } } },
});

const listEntries = guardedRoute("guestbook.read", {
  method: "get",
  path: "/entries",
  summary: "Các lời chúc",
  request: { query: z.object({ cursor: z.string().optional() }) },
  responses: {
    200: {
      description: "Danh sách",
      content: {
        "application/json": { schema: z.object({ items: z.array(Entry), cursor: z.string().optional() }) },
      },
    },
  },
});

const countRoute = guardedRoute(PUBLIC, {
  method: "get",
  path: "/count",
  summary: "Số lời chúc (công khai)",
  responses: {
    200: { description: "Số", content: { "application/json": { schema: z.object({ count: z.number() }) } } },
  },
});

export const lifecycleCalls: string[] = [];

const guestbookSettings = z.object({
  pageSize: z.number().int().min(1).max(50).default(2),
  greeting: z.string().default("Xin chào"),
});

const guestbookServer = definePluginServer<z.infer<typeof guestbookSettings>>({
  routes(app) {
    app.openapi(addEntry, async (c) => {
      const body = c.req.valid("json");
      // The host's services: the tenant's union tree, and the audit trail in the same transaction.
      const unit = (await c.var.units.all()).find((u) => u.name === body.unit);
      await c.var.store.transact([
        c.var.store.prepareCreate({ pk: ["ENTRIES"], sk: ["E", body.id] }, "entry", body),
        c.var.audit.prepare({
          action: "guestbook.write",
          target: `entry:${body.id}`,
          ...(unit ? { unitId: unit.id } : {}),
          after: body,
        }),
      ]);
      c.var.invalidateScoreboards();
      return c.json(body, 201);
    });
    app.openapi(listEntries, async (c) => {
      const { cursor } = c.req.valid("query");
      const page = await c.var.store.query<z.infer<typeof Entry>>(["ENTRIES"], {
        limit: c.var.settings.pageSize,
        ...(cursor ? { cursor } : {}),
      });
      return c.json(
        { items: page.items.map((i) => i.data), ...(page.cursor ? { cursor: page.cursor } : {}) },
        200,
      );
    });
  },
  publicRoutes(app) {
    app.openapi(countRoute, async (c) => {
      const all = await c.var.store.queryAll(["ENTRIES"]);
      return c.json({ count: all.length }, 200);
    });
  },
  scoreboards: {
    "entries-per-unit": async ({ store }) => {
      const all = await store.queryAll<{ unit: string }>(["ENTRIES"]);
      const counts = new Map<string, number>();
      for (const { data } of all) counts.set(data.unit, (counts.get(data.unit) ?? 0) + 1);
      return {
        columns: [
          { key: "unit", label: { vi: "Đơn vị", en: "Unit" } },
          { key: "count", label: { vi: "Số lời chúc", en: "Entries" } },
        ],
        rows: [...counts].map(([unit, count]) => ({ unit, count })),
      };
    },
  },
  async onEnable({ tenant }) {
    lifecycleCalls.push(`enable:${tenant.id}`);
  },
  async onDisable({ tenant }) {
    lifecycleCalls.push(`disable:${tenant.id}`);
  },
});

export const guestbookPlugin = definePlugin({
  id: "guestbook",
  title: { vi: "Sổ lưu niệm", en: "Guestbook" },
  settings: guestbookSettings,
  permissions: {
    "guestbook.write": {
      vi: "Ghi sổ lưu niệm",
      en: "Write in the guestbook",
      roles: ["federation-admin", "cdcs-officer"],
    },
    "guestbook.read": {
      vi: "Đọc sổ lưu niệm",
      en: "Read the guestbook",
      roles: ["federation-admin", "reviewer", "cdcs-officer", "member"],
    },
  },
  scoreboards: [{ id: "entries-per-unit", title: { vi: "Số lời chúc theo đơn vị", en: "Entries per unit" } }],
  server: async () => guestbookServer,
});
