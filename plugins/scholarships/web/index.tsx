import { defineWebPlugin } from "@congdoan/plugin-sdk/web";
import AssignmentPage from "./assignment-page";
import DistrictBoard from "./district-board";
import FundsPage from "./funds-page";
import ManagePage from "./manage-page";
import NominatePage from "./nominate-page";
import NominationPage from "./nomination-page";
import ProgrammeFormPage from "./programme-form-page";
import ProgrammePage from "./programme-page";
import ProgrammesPage from "./programmes-page";
import ProgressPage from "./progress-page";
import ReceiptsPage from "./receipts-page";
import ReviewsPage from "./reviews-page";

export default defineWebPlugin({
  id: "scholarships",
  routes: [
    { path: "/", component: ProgrammesPage, title: { vi: "Học bổng", en: "Scholarships" } },
    {
      path: "/programmes/new",
      component: ProgrammeFormPage,
      title: { vi: "Tạo chương trình học bổng", en: "New programme" },
    },
    {
      path: "/programmes/:id/edit",
      component: ProgrammeFormPage,
      title: { vi: "Sửa chương trình học bổng", en: "Edit programme" },
    },
    {
      path: "/programmes/:id/manage",
      component: ManagePage,
      title: { vi: "Sao chép, kết thúc, xoá dữ liệu", en: "Copy, close, erase" },
    },
    { path: "/programmes/:id/funds", component: FundsPage, title: { vi: "Quỹ học bổng", en: "Funds" } },
    {
      path: "/programmes/:id/progress",
      component: ProgressPage,
      title: { vi: "Tiến độ chấm", en: "Review progress" },
    },
    {
      path: "/programmes/:id/receipts",
      component: ReceiptsPage,
      title: { vi: "Danh sách trao, giấy ký nhận", en: "Ceremony list and receipts" },
    },
    {
      path: "/programmes/:id/assignments/:nid",
      component: AssignmentPage,
      title: { vi: "Phân công chấm", en: "Reviewer assignment" },
    },
    {
      path: "/programmes/:id/nominate",
      component: NominatePage,
      title: { vi: "Đề cử học bổng", en: "Nominate" },
    },
    {
      path: "/programmes/:id/nominations/:nid",
      component: NominationPage,
      title: { vi: "Hồ sơ đề cử", en: "Nomination" },
    },
    { path: "/programmes/:id/reviews", component: ReviewsPage, title: { vi: "Chấm hồ sơ", en: "Review" } },
    {
      path: "/programmes/:id",
      component: ProgrammePage,
      title: { vi: "Chương trình học bổng", en: "Programme" },
    },
  ],
  nav: [{ path: "/", title: { vi: "Chương trình học bổng", en: "Programmes" } }],
  scoreboards: { "theo-quan-huyen": DistrictBoard },
});
