import { definePluginServer } from "@congdoan/plugin-sdk";
import { scoreboardLoaders } from "./public-boards";
import { campaignUnitRoutes } from "./routes/campaign-units";
import { campaignRoutes } from "./routes/campaigns";
import { complianceRoutes } from "./routes/compliance";
import { conferenceDraftRoutes } from "./routes/conference-drafts";
import { conferenceFileRoutes } from "./routes/conference-files";
import { conferenceMinutesRoutes } from "./routes/conference-minutes";
import { conferenceRoutes } from "./routes/conferences";
import { manageableUnitRoutes } from "./routes/manageable-units";
import { publicRoutes } from "./routes/public";
import { reminderInboxRoutes } from "./routes/reminder-inbox";
import { reminderRoutes } from "./routes/reminders";
import { seedDemo } from "./seed";
import type { Settings } from "./settings";

/** Everything the module does on the server, imported the first time a request needs it. */
export default definePluginServer<Settings>({
  routes(app) {
    campaignRoutes(app);
    campaignUnitRoutes(app);
    manageableUnitRoutes(app);
    conferenceRoutes(app);
    conferenceFileRoutes(app);
    conferenceDraftRoutes(app);
    conferenceMinutesRoutes(app);
    complianceRoutes(app);
    reminderRoutes(app);
    reminderInboxRoutes(app);
  },
  publicRoutes,
  scoreboards: scoreboardLoaders,
  seed: seedDemo,
});
