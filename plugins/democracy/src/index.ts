import { definePlugin } from "@congdoan/plugin-sdk";
import { scoreboards } from "./public-boards";
import { campaignUnitRoutes } from "./routes/campaign-units";
import { campaignRoutes } from "./routes/campaigns";
import { complianceRoutes } from "./routes/compliance";
import { conferenceDraftRoutes } from "./routes/conference-drafts";
import { conferenceFileRoutes } from "./routes/conference-files";
import { conferenceRoutes } from "./routes/conferences";
import { manageableUnitRoutes } from "./routes/manageable-units";
import { publicRoutes } from "./routes/public";
import { reminderInboxRoutes } from "./routes/reminder-inbox";
import { reminderRoutes } from "./routes/reminders";
import { seedDemo } from "./seed";
import { settingsSchema } from "./settings";

export default definePlugin({
  id: "democracy",
  title: { vi: "Quy chế dân chủ", en: "Workplace democracy" },
  description: {
    vi: "Hội nghị cán bộ, công chức, viên chức và Hội nghị người lao động hằng năm ở các trường; theo dõi tỷ lệ tổ chức",
    en: "Yearly staff conferences in every school, the regulations they adopt, and compliance up the tree",
  },
  settings: settingsSchema,
  permissions: {
    "democracy.manage": {
      vi: "Mở và quản lý đợt hội nghị",
      en: "Open and manage conference campaigns",
      roles: ["federation-admin"],
    },
    "democracy.hold": {
      vi: "Chuẩn bị, ghi và kết thúc hội nghị của đơn vị",
      en: "Prepare, record and close a unit's conference",
      roles: ["cdcs-officer", "federation-admin"],
    },
    "democracy.read": {
      vi: "Xem hội nghị và tình hình tổ chức",
      en: "Read conferences and compliance",
      roles: ["federation-admin", "reviewer", "cdcs-officer"],
    },
    "democracy.review": {
      vi: "Mở lại hội nghị đã khoá, kiểm tra thực hiện nghị quyết",
      en: "Reopen locked conferences, check resolution follow-up",
      roles: ["reviewer", "federation-admin"],
    },
  },
  routes(app) {
    campaignRoutes(app);
    campaignUnitRoutes(app);
    manageableUnitRoutes(app);
    conferenceRoutes(app);
    conferenceFileRoutes(app);
    conferenceDraftRoutes(app);
    complianceRoutes(app);
    reminderRoutes(app);
    reminderInboxRoutes(app);
  },
  publicRoutes,
  scoreboards,
  seed: seedDemo,
  web: true,
});
