import { type PluginApp, type PluginEnv, setting } from "@congdoan/plugin-sdk";
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";

export const settingsSchema = z.object({
  /**
   * Months after a programme closes before children's and parents' personal data is erased, by
   * itself (0 = at closing).
   */
  retentionMonths: setting(
    z.number().int().min(0).max(120).default(24),
    { vi: "Số tháng giữ dữ liệu cá nhân sau khi kết thúc", en: "Months personal data is kept after closing" },
    {
      vi: "Sau ngần ấy tháng, họ tên, ngày sinh của cháu và minh chứng tự xoá; 0 = xoá ngay khi kết thúc.",
      en: "After this many months, children's names, birth dates and evidence are erased by themselves; 0 = at closing.",
    },
  ),
  /** Reviewers per nomination for new programmes, when the programme does not say. */
  defaultReviewersPerNomination: setting(
    z.number().int().min(1).max(5).default(2),
    { vi: "Số người chấm mỗi hồ sơ (mặc định)", en: "Reviewers per nomination (default)" },
    {
      vi: "Dùng cho chương trình mới khi chương trình không tự đặt.",
      en: "For new programmes that do not set their own.",
    },
  ),
});
export type Settings = z.infer<typeof settingsSchema>;
export type App = PluginApp<Settings>;
export type Ctx = Context<PluginEnv<Settings>>;
