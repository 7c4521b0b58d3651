import { defineWebPlugin } from "@congdoan/plugin-sdk/web";
import DistrictBoard from "./district-board";
import NominatePage from "./nominate-page";
import NominationPage from "./nomination-page";
import ProgrammePage from "./programme-page";
import ProgrammesPage from "./programmes-page";
import ReviewsPage from "./reviews-page";

export default defineWebPlugin({
  id: "scholarships",
  routes: [
    { path: "/", component: ProgrammesPage, title: { vi: "Học bổng", en: "Scholarships" } },
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
