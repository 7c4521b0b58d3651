import { definePlugin } from "@congdoan/plugin-sdk";
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
  scoreboards: [
    {
      id: "compliance",
      title: {
        vi: "Tổ chức Hội nghị CBCCVC / NLĐ theo quận, huyện",
        en: "Staff conferences held, per district",
      },
      description: {
        vi: "Số đơn vị đã tổ chức / phải tổ chức trong năm học, theo loại hội nghị",
        en: "Units that held their conference / units required, this school year, by kind",
      },
    },
    {
      id: "trend",
      title: { vi: "Hội nghị CBCCVC / NLĐ qua các năm học", en: "Staff conferences over the years" },
    },
  ],
  web: true,
  server: () => import("./server").then((m) => m.default),
});
