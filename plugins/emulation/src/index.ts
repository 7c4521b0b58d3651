import { definePlugin } from "@congdoan/plugin-sdk";
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
import { scoreboards } from "./scoreboards";
import { seedEmulation } from "./seed";
import { settingsSchema } from "./settings";

export default definePlugin({
  id: "emulation",
  title: { vi: "Thi đua – Khen thưởng", en: "Emulation & awards" },
  description: {
    vi: "Phong trào thi đua, đăng ký, kết quả theo tiêu chí và chỉ tiêu, xếp hạng cụm, khen thưởng, sáng kiến kinh nghiệm.",
    en: "Emulation movements, registrations, results against criteria and targets, cluster rankings, awards, teaching initiatives.",
  },
  settings: settingsSchema,
  permissions: {
    "emulation.manage": {
      vi: "Quản lý phong trào, chỉ tiêu, cụm thi đua",
      en: "Manage movements, targets, clusters",
      roles: ["federation-admin"],
    },
    "emulation.register": {
      vi: "Đăng ký thi đua",
      en: "Register for movements",
      roles: ["cdcs-officer", "federation-admin"],
    },
    "emulation.report": { vi: "Báo cáo kết quả thi đua", en: "Report results", roles: ["cdcs-officer"] },
    "emulation.review": {
      vi: "Thẩm định kết quả, khoá đợt, chấm sáng kiến",
      en: "Review results, close rounds, grade initiatives",
      roles: ["reviewer", "federation-admin"],
    },
    "emulation.award": {
      vi: "Ra quyết định khen thưởng",
      en: "Issue award decisions",
      roles: ["federation-admin", "reviewer"],
    },
    "emulation.propose": {
      vi: "Đề nghị khen thưởng",
      en: "Propose awards",
      roles: ["cdcs-officer", "reviewer", "federation-admin"],
    },
    "emulation.initiative": {
      vi: "Nộp sáng kiến kinh nghiệm",
      en: "Submit teaching initiatives",
      roles: ["member", "cdcs-officer", "federation-admin"],
    },
    "emulation.read": {
      vi: "Xem thi đua – khen thưởng",
      en: "See emulation and awards",
      roles: ["federation-admin", "reviewer", "cdcs-officer", "member"],
    },
  },
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
  scoreboards,
  seed: seedEmulation,
  web: true,
});
