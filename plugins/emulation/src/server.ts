import { definePluginServer } from "@congdoan/plugin-sdk";
import { awardRoutes } from "./routes/awards";
import { clusterRoutes } from "./routes/clusters";
import { exportRoutes } from "./routes/exports";
import { exportXlsxRoutes } from "./routes/exports-xlsx";
import { initiativeRoutes } from "./routes/initiatives";
import { meRoutes } from "./routes/me";
import { movementRoutes } from "./routes/movements";
import { proposalRoutes } from "./routes/proposals";
import { registrationRoutes } from "./routes/registrations";
import { resultRoutes } from "./routes/results";
import { roundRoutes } from "./routes/rounds";
import { targetRoutes } from "./routes/targets";
import { scoreboardLoaders } from "./scoreboards";
import { seedEmulation } from "./seed";
import type { Settings } from "./settings";

/** Everything the module does on the server, imported the first time a request needs it. */
export default definePluginServer<Settings>({
  routes(app) {
    meRoutes(app);
    movementRoutes(app);
    targetRoutes(app);
    clusterRoutes(app);
    registrationRoutes(app);
    resultRoutes(app);
    roundRoutes(app);
    proposalRoutes(app);
    awardRoutes(app);
    initiativeRoutes(app);
    exportRoutes(app);
    exportXlsxRoutes(app);
  },
  scoreboards: scoreboardLoaders,
  seed: seedEmulation,
});
