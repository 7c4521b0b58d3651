import { definePlugin } from "@congdoan/plugin-sdk";
import { settingsSchema } from "./settings";

export default definePlugin({
  id: "scholarships",
  title: { vi: "Học bổng", en: "Scholarships" },
  description: {
    vi: "Học bổng “Con CNVCLĐ học giỏi, vượt khó”: chương trình, quỹ, đề cử, chấm ẩn danh, xét duyệt, trao",
    en: "Scholarships for members' children: programmes, funds, nominations, blind review, decisions, hand-out",
  },
  settings: settingsSchema,
  permissions: {
    "scholarships.manage": {
      vi: "Quản lý chương trình học bổng và quỹ",
      en: "Manage scholarship programmes and funds",
      roles: ["federation-admin"],
    },
    "scholarships.nominate": {
      vi: "Đề cử con đoàn viên nhận học bổng",
      en: "Nominate members' children",
      roles: ["cdcs-officer", "federation-admin"],
    },
    "scholarships.review": {
      vi: "Chấm hồ sơ học bổng (ẩn danh)",
      en: "Review nominations (blind)",
      roles: ["reviewer", "federation-admin"],
    },
    "scholarships.decide": {
      vi: "Xét duyệt, trao học bổng",
      en: "Decide and hand out scholarships",
      roles: ["federation-admin"],
    },
    "scholarships.read": {
      vi: "Xem chương trình học bổng",
      en: "See scholarship programmes",
      roles: ["federation-admin", "reviewer", "cdcs-officer"],
    },
  },
  scoreboards: [
    {
      id: "theo-quan-huyen",
      title: { vi: "Học bổng theo quận/huyện", en: "Scholarships by district" },
      description: {
        vi: "Số suất và tổng tiền học bổng con đoàn viên của năm học gần nhất, theo quận/huyện và loại",
        en: "Awards and total amount of the latest school year, by district and category",
      },
    },
    {
      id: "theo-loai",
      title: { vi: "Học bổng theo loại", en: "Scholarships by category" },
    },
    {
      id: "qua-cac-nam",
      title: { vi: "Học bổng qua các năm học", en: "Scholarships over the years" },
    },
  ],
  web: true,
  server: () => import("./server").then((m) => m.default),
});
