import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { json, ok, reject, writeErrors } from "../http";
import type { Settings } from "../settings";
import { ConferenceParams, ConferenceSchema, FileRef } from "./conference-schemas";
import { changeConference, verifyFiles } from "./conferences";

const HOLD = "democracy.hold";

const AttachMinutesSchema = z.object({ version: z.number().int().min(1), minutes: FileRef });

const routes = {
  attach: guardedRoute(HOLD, {
    method: "post",
    path: "/conferences/{year}/{unitId}/minutes",
    tags: ["Quy chế dân chủ"],
    summary: "Gắn biên bản vào hội nghị chưa có biên bản, kể cả khi đã khoá (không đổi gì khác)",
    request: { params: ConferenceParams, body: json(AttachMinutesSchema) },
    responses: { 200: ok(ConferenceSchema, "Hội nghị"), ...writeErrors },
  }),
};

/**
 * The minutes (biên bản) are usually signed and scanned after the conference ends, so the school's
 * officer may attach them to a locked conference that has none. Only the missing file is added —
 * nothing that was decided changes, so no reopening is needed; the write is audited like any other.
 * Replacing minutes already attached still needs the conference reopened by a reviewer.
 */
export function conferenceMinutesRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.attach, async (c) => {
    const body = c.req.valid("json");
    const view = await changeConference(c, HOLD, c.req.valid("param"), {
      expectedVersion: body.version,
      action: "democracy.conference.minutes",
      change: async (current) => {
        const conf = current!;
        if (conf.minutes)
          throw reject.conflict({
            vi: "hội nghị đã có biên bản; muốn thay biên bản phải mở lại hội nghị (có lý do)",
            en: "the conference already has its minutes; reopen it (with a reason) to replace them",
          });
        await verifyFiles(c, [body.minutes], new Set());
        return { ...conf, minutes: body.minutes };
      },
    });
    return c.json(view, 200);
  });
}
