import { defineWebPlugin } from "@congdoan/plugin-sdk/web";
import CampaignPage from "./campaign-page";
import CampaignsPage from "./campaigns-page";
import CompliancePage from "./compliance-page";
import ConferencePage from "./conference-page";
import ReportPage from "./report-page";
import { ComplianceBoard } from "./scoreboard";
import { TrendBoard } from "./trend-board";

export default defineWebPlugin({
  id: "democracy",
  routes: [
    { path: "/", component: CompliancePage, title: { vi: "Quy chế dân chủ", en: "Workplace democracy" } },
    { path: "/campaigns", component: CampaignsPage, title: { vi: "Các đợt hội nghị", en: "Campaigns" } },
    {
      path: "/campaigns/:year/:scope",
      component: CampaignPage,
      title: { vi: "Đợt hội nghị", en: "Campaign" },
    },
    {
      path: "/report/:year/:districtId",
      component: ReportPage,
      title: { vi: "Báo cáo in theo quận/huyện", en: "District report" },
    },
    {
      path: "/conference/:year/:unitId",
      component: ConferencePage,
      title: { vi: "Hội nghị CBCCVC / NLĐ", en: "Staff conference" },
    },
  ],
  nav: [
    { path: "/", title: { vi: "Tình hình tổ chức", en: "Compliance" } },
    { path: "/campaigns", title: { vi: "Các đợt hội nghị", en: "Campaigns" } },
  ],
  scoreboards: { compliance: ComplianceBoard, trend: TrendBoard },
});
