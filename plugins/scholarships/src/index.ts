import { definePlugin, guardedRoute, PUBLIC, z } from "@congdoan/plugin-sdk";
import { ok } from "./http";
import { categoryBoard, districtBoard, publicSummary, yearBoard } from "./public-summary";
import { assignmentRoutes } from "./routes/assignment-routes";
import { decisionRoutes } from "./routes/decision-routes";
import { evidenceRoutes } from "./routes/evidence-routes";
import { exportRoutes } from "./routes/export-routes";
import { fundRoutes } from "./routes/fund-routes";
import { nominationRoutes } from "./routes/nomination-routes";
import { ownerUnitRoutes } from "./routes/owner-unit-routes";
import { privacyRoutes } from "./routes/privacy-routes";
import { programmeRoutes } from "./routes/programme-routes";
import { receiptRoutes } from "./routes/receipt-routes";
import { reviewRoutes } from "./routes/review-routes";
import { seedScholarships } from "./seed";
import { settingsSchema } from "./settings";
import { rememberLocale } from "./zod-text";

const summaryRoute = guardedRoute(PUBLIC, {
  method: "get",
  path: "/summary",
  tags: ["Học bổng"],
  summary:
    "Số liệu công khai: số suất và tổng tiền theo quận/huyện, loại, cấp học, qua các năm (không có tên)",
  request: {
    query: z.object({
      schoolYear: z
        .string()
        .regex(/^\d{4}-\d{4}$/, "Năm học có dạng 2023-2024")
        .optional(),
    }),
  },
  responses: ok("Tổng hợp"),
});

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
  routes(app) {
    // First, so that every route's validation messages follow the caller's language.
    app.use("*", rememberLocale);
    programmeRoutes(app);
    fundRoutes(app);
    nominationRoutes(app);
    evidenceRoutes(app);
    reviewRoutes(app);
    assignmentRoutes(app);
    decisionRoutes(app);
    exportRoutes(app);
    receiptRoutes(app);
    privacyRoutes(app);
    ownerUnitRoutes(app);
  },
  publicRoutes(app) {
    app.openapi(summaryRoute, async (c) => {
      const summary = await publicSummary(c.var.store, c.var.units, c.req.valid("query").schoolYear);
      c.header("Cache-Control", "public, max-age=60");
      return c.json({ ...summary }, 200);
    });
  },
  scoreboards: [
    {
      id: "theo-quan-huyen",
      title: { vi: "Học bổng theo quận/huyện", en: "Scholarships by district" },
      description: {
        vi: "Số suất và tổng tiền học bổng con đoàn viên của năm học gần nhất, theo quận/huyện và loại",
        en: "Awards and total amount of the latest school year, by district and category",
      },
      load: async ({ store, units }) => districtBoard(await publicSummary(store, units)),
    },
    {
      id: "theo-loai",
      title: { vi: "Học bổng theo loại", en: "Scholarships by category" },
      load: async ({ store, units }) => categoryBoard(await publicSummary(store, units)),
    },
    {
      id: "qua-cac-nam",
      title: { vi: "Học bổng qua các năm học", en: "Scholarships over the years" },
      load: async ({ store, units }) => yearBoard(await publicSummary(store, units)),
    },
  ],
  seed: seedScholarships,
  web: true,
});
