import { defineWebPlugin } from "@congdoan/plugin-sdk/web";
import CompliancePage from "./compliance-page";
import ConferencePage from "./conference-page";
import { ComplianceBoard } from "./scoreboard";

export default defineWebPlugin({
  id: "democracy",
  routes: [
    { path: "/", component: CompliancePage, title: { vi: "Quy chế dân chủ", en: "Workplace democracy" } },
    {
      path: "/conference/:year/:unitId",
      component: ConferencePage,
      title: { vi: "Hội nghị CBCCVC / NLĐ", en: "Staff conference" },
    },
  ],
  nav: [{ path: "/", title: { vi: "Tình hình tổ chức", en: "Compliance" } }],
  scoreboards: { compliance: ComplianceBoard },
});
