import { Route, Router } from "@solidjs/router";
import { I18nProvider } from "./i18n/context";
import { LandingPage } from "./pages/landing-page";
import { NotFoundPage } from "./pages/not-found-page";
import { PortalHome } from "./portal/portal-home";
import { PortalLayout } from "./portal/portal-layout";
import { ScoreboardPage } from "./portal/scoreboard-page";
import { Shell } from "./shell";
import { ModulePage } from "./tenant/module-page";
import { TenantHome } from "./tenant/tenant-home";
import { TenantLayout } from "./tenant/tenant-layout";

export function App() {
  return (
    <I18nProvider>
      <Router root={Shell}>
        <Route path="/" component={LandingPage} />
        <Route path="/p/:tenant" component={PortalLayout}>
          <Route path="/" component={PortalHome} />
          <Route path="/:module/:scoreboard" component={ScoreboardPage} />
        </Route>
        <Route path="/t/:tenant" component={TenantLayout}>
          <Route path="/" component={TenantHome} />
          <Route path="/m/:module/*rest" component={ModulePage} />
        </Route>
        <Route path="*404" component={NotFoundPage} />
      </Router>
    </I18nProvider>
  );
}
