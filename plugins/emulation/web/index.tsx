import { defineWebPlugin } from "@congdoan/plugin-sdk/web";
import AwardsPage from "./pages/awards";
import ClustersPage from "./pages/clusters";
import HomePage from "./pages/home";
import { InitiativesBoard } from "./pages/initiative-bars";
import InitiativesPage from "./pages/initiatives";
import MovementPage from "./pages/movement";
import MovementFormPage from "./pages/movement-form";
import NewDecisionPage from "./pages/new-decision";
import ProposalsPage from "./pages/proposals";
import ResultPage from "./pages/result";
import TargetsPage from "./pages/targets";

export default defineWebPlugin({
  id: "emulation",
  routes: [
    { path: "/", component: HomePage, title: { vi: "Thi đua – Khen thưởng", en: "Emulation & awards" } },
    {
      path: "/phong-trao/:id/ket-qua/:schoolYear/:unitId",
      component: ResultPage,
      title: { vi: "Kết quả thi đua", en: "Result" },
    },
    {
      path: "/phong-trao/moi",
      component: MovementFormPage,
      title: { vi: "Phát động phong trào", en: "New movement" },
    },
    {
      path: "/phong-trao/:id/sua",
      component: MovementFormPage,
      title: { vi: "Sửa phong trào", en: "Edit movement" },
    },
    {
      path: "/phong-trao/:id/chi-tieu",
      component: TargetsPage,
      title: { vi: "Chỉ tiêu và kết quả", en: "Targets and results" },
    },
    { path: "/phong-trao/:id", component: MovementPage, title: { vi: "Phong trào", en: "Movement" } },
    {
      path: "/khen-thuong/moi",
      component: NewDecisionPage,
      title: { vi: "Ra quyết định khen thưởng", en: "New award decision" },
    },
    { path: "/cum-thi-dua", component: ClustersPage, title: { vi: "Cụm thi đua", en: "Emulation clusters" } },
    {
      path: "/de-nghi",
      component: ProposalsPage,
      title: { vi: "Đề nghị khen thưởng", en: "Award proposals" },
    },
    { path: "/khen-thuong", component: AwardsPage, title: { vi: "Khen thưởng", en: "Awards" } },
    {
      path: "/sang-kien",
      component: InitiativesPage,
      title: { vi: "Sáng kiến kinh nghiệm", en: "Teaching initiatives" },
    },
  ],
  nav: [
    { path: "/", title: { vi: "Phong trào thi đua", en: "Movements" } },
    { path: "/khen-thuong", title: { vi: "Khen thưởng", en: "Awards" } },
    { path: "/de-nghi", title: { vi: "Đề nghị khen thưởng", en: "Proposals" } },
    { path: "/cum-thi-dua", title: { vi: "Cụm thi đua", en: "Clusters" } },
    { path: "/sang-kien", title: { vi: "Sáng kiến", en: "Initiatives" } },
  ],
  scoreboards: { initiatives: InitiativesBoard },
});
