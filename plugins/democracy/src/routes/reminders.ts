import { ConflictError, VersionMismatchError } from "@congdoan/core";
import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { actor, json, nowIso, ok, reject, SchoolYear, sleep, UnitId, writeErrors } from "../http";
import { type Reminder, reminderKeys, sentRecently } from "../reminders";
import type { Settings } from "../settings";
import { loadCampaigns, loadYearShards, shardOf } from "../summary";

const tags = ["Quy chế dân chủ"];
const REVIEW = "democracy.review";

export const SendRemindersSchema = z.object({
  year: SchoolYear,
  unitIds: z
    .array(UnitId)
    .min(1, "Chọn ít nhất một đơn vị")
    .max(50, "Nhắc tối đa 50 đơn vị mỗi lần")
    .refine((ids) => new Set(ids).size === ids.length, "Đơn vị bị trùng"),
});

export const ReminderSchema = z
  .object({
    year: z.string(),
    unitId: z.string(),
    remindedAt: z.string(),
    unitName: z.string().optional(),
    remindedBy: z.string(),
    count: z.number(),
    deadline: z.string().optional(),
    seenAt: z.string().optional(),
    seenBy: z.string().optional(),
  })
  .openapi("DemocracyReminder");

const SentSchema = z.object({
  items: z.array(ReminderSchema),
  /** Units reminded moments ago (a double tap, two reviewers at once): answered with that reminder, not a new one. */
  alreadySent: z.array(z.string()),
});

const MAX_ATTEMPTS = 4;

const routes = {
  send: guardedRoute(REVIEW, {
    method: "post",
    path: "/reminders",
    tags,
    summary: "Ghi nhắc nhở các đơn vị chưa tổ chức hội nghị (ai nhắc, lúc nào)",
    request: { body: json(SendRemindersSchema) },
    responses: {
      201: ok(SentSchema, "Đã ghi nhắc nhở"),
      200: ok(SentSchema, "Đã nhắc các đơn vị này trong một phút vừa qua; không ghi thêm"),
      ...writeErrors,
    },
  }),
};

/**
 * Records reminders; they are delivered in-app (see reminder-inbox.ts): the host has no e-mail or
 * notification service for modules.
 */
export function reminderRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.send, async (c) => {
    const { year, unitIds } = c.req.valid("json");
    for (const unitId of unitIds) await c.var.access.require(REVIEW, unitId);
    const by = actor(c);
    const { store } = c.var;
    const shards = await loadYearShards(store, year);
    if (shards.length === 0) throw reject.missing();
    const deadlines = new Map(
      (await loadCampaigns(store, year)).map((k) => [k.data.scopeUnitId, k.data.deadline]),
    );
    // Two requests racing for the same unit: the loser re-reads, finds the reminder just sent and
    // answers with it instead of recording a second one.
    for (let attempt = 1; ; attempt++) {
      const at = nowIso();
      const ops = [];
      const items: Reminder[] = [];
      const alreadySent: string[] = [];
      for (const unitId of unitIds) {
        const shard = shardOf(shards, unitId);
        const row = shard?.data.rows[unitId];
        if (!row?.required)
          throw reject.bad({
            vi: `đơn vị “${unitId}” không phải tổ chức hội nghị năm học này`,
            en: `“${unitId}” does not have to hold a conference this school year`,
          });
        if (row.status === "held")
          throw reject.conflict({
            vi: `“${row.unitName}” đã tổ chức hội nghị, không cần nhắc`,
            en: `“${row.unitName}” has already held its conference; no reminder needed`,
          });
        const address = reminderKeys.one(year, unitId);
        const current = await store.get<Reminder>(address);
        if (current && sentRecently(current.data, at)) {
          items.push(current.data);
          alreadySent.push(unitId);
          continue;
        }
        const deadline = shard ? deadlines.get(shard.data.scopeUnitId) : undefined;
        // A new reminder is unseen again, whatever happened to the previous one.
        const next: Reminder = {
          year,
          unitId,
          unitName: row.unitName,
          remindedAt: at,
          remindedBy: by,
          count: (current?.data.count ?? 0) + 1,
          ...(deadline ? { deadline } : {}),
        };
        ops.push(
          current
            ? store.prepareUpdate(address, current, current.version, next)
            : store.prepareCreate(address, "reminder", next),
          c.var.audit.prepare({
            action: "democracy.reminder.send",
            unitId,
            target: `conference:${year}/${unitId}`,
            ...(current ? { before: current.data } : {}),
            after: next,
          }),
        );
        items.push(next);
      }
      if (ops.length === 0) return c.json({ items, alreadySent }, 200);
      try {
        await store.transact(ops);
      } catch (error) {
        const raced = error instanceof ConflictError || error instanceof VersionMismatchError;
        if (!raced || attempt >= MAX_ATTEMPTS) throw error;
        await sleep(5 + Math.random() * 20 * attempt);
        continue;
      }
      return c.json({ items, alreadySent }, 201);
    }
  });
}
