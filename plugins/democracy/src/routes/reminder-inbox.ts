import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import {
  actor,
  json,
  nowIso,
  ok,
  readErrors,
  reject,
  SchoolYear,
  UnitId,
  Version,
  writeErrors,
} from "../http";
import { type Reminder, reminderKeys, reminderView } from "../reminders";
import type { Settings } from "../settings";
import { loadCampaigns, loadYearShards } from "../summary";
import { ReminderSchema } from "./reminders";

const tags = ["Quy chế dân chủ"];
const HOLD = "democracy.hold";
const REVIEW = "democracy.review";

const ReminderView = ReminderSchema.extend({ version: z.number(), seen: z.boolean() }).openapi(
  "DemocracyReminderView",
);
const list = ok(z.object({ items: z.array(ReminderView) }));

const routes = {
  sent: guardedRoute(REVIEW, {
    method: "get",
    path: "/reminders",
    tags,
    summary: "Các nhắc nhở đã gửi trong năm học (trong phạm vi), đơn vị đã xem hay chưa",
    request: { query: z.object({ year: SchoolYear }) },
    responses: { 200: list, ...readErrors },
  }),
  mine: guardedRoute(HOLD, {
    method: "get",
    path: "/reminders/mine",
    tags,
    summary: "Nhắc nhở gửi tới đơn vị (CĐCS) của người đang đăng nhập, khi hội nghị chưa tổ chức",
    responses: { 200: list, ...readErrors },
  }),
  seen: guardedRoute(HOLD, {
    method: "post",
    path: "/reminders/{year}/{unitId}/seen",
    tags,
    summary: "Cán bộ CĐCS xác nhận đã xem nhắc nhở",
    request: {
      params: z.object({ year: SchoolYear, unitId: UnitId }),
      body: json(z.object({ version: Version })),
    },
    responses: { 200: ok(ReminderView, "Đã xem"), ...writeErrors },
  }),
};

export function reminderInboxRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.sent, async (c) => {
    const { year } = c.req.valid("query");
    const visible = await c.var.access.unitsWithin(REVIEW);
    const items = await c.var.store.queryAll<Reminder>(reminderKeys.ofYear(year));
    return c.json(
      {
        items: items
          .filter((i) => visible.has(i.data.unitId))
          .map(reminderView)
          .sort((a, b) => b.remindedAt.localeCompare(a.remindedAt)),
      },
      200,
    );
  });

  app.openapi(routes.mine, async (c) => {
    // The officer's own schools: the CĐCS where the hold permission was granted. A federation or
    // district admin (scope above the CĐCS) is a sender, not a recipient, so sees none here.
    const scopes = c.var.access.scopes(HOLD);
    const own: string[] = [];
    for (const id of scopes) if ((await c.var.units.get(id))?.kind === "cdcs") own.push(id);
    if (own.length === 0) return c.json({ items: [] }, 200);
    const { store } = c.var;
    const years = [
      ...new Set(
        (await loadCampaigns(store)).filter((k) => k.data.status === "open").map((k) => k.data.year),
      ),
    ];
    const items = [];
    for (const year of years) {
      const shards = await loadYearShards(store, year);
      for (const unitId of own) {
        const row = shards.find((s) => s.data.rows[unitId])?.data.rows[unitId];
        if (!row || row.status === "held") continue;
        const item = await store.get<Reminder>(reminderKeys.one(year, unitId));
        if (item) items.push(reminderView(item));
      }
    }
    return c.json({ items }, 200);
  });

  app.openapi(routes.seen, async (c) => {
    const { year, unitId } = c.req.valid("param");
    const { version } = c.req.valid("json");
    await c.var.access.require(HOLD, unitId);
    const { store } = c.var;
    const address = reminderKeys.one(year, unitId);
    const current = await store.get<Reminder>(address);
    if (!current) throw reject.missing();
    if (current.version !== version) throw reject.stale();
    if (current.data.seenAt) return c.json(reminderView(current), 200);
    const next: Reminder = { ...current.data, seenAt: nowIso(), seenBy: actor(c) };
    await store.transact([
      store.prepareUpdate(address, current, current.version, next),
      c.var.audit.prepare({
        action: "democracy.reminder.seen",
        unitId,
        target: `conference:${year}/${unitId}`,
        before: current.data,
        after: next,
      }),
    ]);
    const saved = await store.get<Reminder>(address);
    return c.json(reminderView(saved!), 200);
  });
}
