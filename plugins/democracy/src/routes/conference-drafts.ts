import { guardedRoute, type PluginApp, z } from "@congdoan/plugin-sdk";
import { writeConference } from "../conference-writes";
import { json, ok, reject, Version, writeErrors } from "../http";
import type { Settings } from "../settings";
import { ConferenceSchema, FileParams } from "./conference-schemas";
import { conferenceView, locked } from "./conferences";

const tags = ["Quy chế dân chủ"];
const HOLD = "democracy.hold";

const routes = {
  remove: guardedRoute(HOLD, {
    method: "delete",
    path: "/conferences/{year}/{unitId}/drafts/{key}",
    tags,
    summary: "Bỏ một dự thảo đã gửi trước hội nghị (không được khi hội nghị đã khoá)",
    request: { params: FileParams, body: json(z.object({ version: Version })) },
    responses: { 200: ok(ConferenceSchema, "Hội nghị"), ...writeErrors },
  }),
};

/** Dự thảo: removing one takes it out of the preparation (audited) and deletes the stored file. */
export function conferenceDraftRoutes(app: PluginApp<Settings>) {
  app.openapi(routes.remove, async (c) => {
    const { year, unitId, key } = c.req.valid("param");
    const { version } = c.req.valid("json");
    await c.var.access.require(HOLD, unitId);
    const saved = await writeConference(c, {
      year,
      unitId,
      expectedVersion: version,
      action: "democracy.conference.draft.remove",
      change: (current) => {
        const conf = current!;
        if (conf.status === "closed") throw locked();
        const drafts = conf.preparation.draftFiles;
        if (!drafts.some((f) => f.key === key)) throw reject.missing();
        return {
          ...conf,
          preparation: { ...conf.preparation, draftFiles: drafts.filter((f) => f.key !== key) },
        };
      },
    });
    // The same file may also be an adopted document's; keep it then.
    const stillUsed = [...saved.data.documents.map((d) => d.file), saved.data.minutes].some(
      (f) => f?.key === key,
    );
    if (!stillUsed) await c.var.files.remove(key).catch(() => undefined);
    return c.json(conferenceView(saved, c.var.settings), 200);
  });
}
