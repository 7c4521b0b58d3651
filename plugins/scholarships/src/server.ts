import { definePluginServer, guardedRoute, PUBLIC, z } from "@congdoan/plugin-sdk";
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
import type { Settings } from "./settings";
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

/** Everything the module does on the server, imported the first time a request needs it. */
export default definePluginServer<Settings>({
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
  scoreboards: {
    "theo-quan-huyen": async ({ store, units }) => districtBoard(await publicSummary(store, units)),
    "theo-loai": async ({ store, units }) => categoryBoard(await publicSummary(store, units)),
    "qua-cac-nam": async ({ store, units }) => yearBoard(await publicSummary(store, units)),
  },
  seed: seedScholarships,
});
