import { definePlugin } from "@congdoan/plugin-sdk";
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
  scoreboards: [
    { id: "cluster-ranking", title: { vi: "Xếp hạng cụm thi đua", en: "Cluster rankings" } },
    { id: "targets", title: { vi: "Chỉ tiêu và kết quả", en: "Targets vs results" } },
    { id: "awards", title: { vi: "Khen thưởng theo cấp", en: "Awards per level" } },
    { id: "initiatives", title: { vi: "Sáng kiến kinh nghiệm", en: "Teaching initiatives" } },
  ],
  web: true,
  server: () => import("./server").then((m) => m.default),
});
