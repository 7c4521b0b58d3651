import { Route, Router } from "@solidjs/router";
import { AuditPage } from "./audit/audit-page";
import { ChangePasswordPage } from "./auth/change-password-page";
import { LoginPage } from "./auth/login-page";
import { TenantRoot } from "./auth/tenant-root";
import { I18nProvider } from "./i18n/context";
import { ImportPage } from "./members/import-page";
import { MembersPage } from "./members/members-page";
import { LandingPage } from "./pages/landing-page";
import { NotFoundPage } from "./pages/not-found-page";
import { FederationsPage } from "./platform/federations-page";
import { PortalHome } from "./portal/portal-home";
import { PortalLayout } from "./portal/portal-layout";
import { ScoreboardPage } from "./portal/scoreboard-page";
import { SettingsPage } from "./settings/settings-page";
import { Shell } from "./shell";
import { ModulePage } from "./tenant/module-page";
import { TenantHome } from "./tenant/tenant-home";
import { TenantLayout } from "./tenant/tenant-layout";
import { TenantNotFound } from "./tenant/tenant-not-found";
import { UnitDetailPage } from "./units/unit-detail-page";
import { UnitsPage } from "./units/units-page";
import { UsersPage } from "./users/users-page";

export function App() {
  return (
    <I18nProvider>
      <Router root={Shell}>
        <Route path="/" component={LandingPage} />
        <Route path="/p/:tenant" component={PortalLayout}>
          <Route path="/" component={PortalHome} />
          <Route path="/:module/:scoreboard" component={ScoreboardPage} />
        </Route>
        <Route path="/t/:tenant" component={TenantRoot}>
          <Route path="/dang-nhap" component={LoginPage} />
          <Route path="/" component={TenantLayout}>
            <Route path="/" component={TenantHome} />
            <Route path="/doi-mat-khau" component={ChangePasswordPage} />
            <Route path="/don-vi" component={UnitsPage} />
            <Route path="/don-vi/:unitId" component={UnitDetailPage} />
            <Route path="/doan-vien" component={MembersPage} />
            <Route path="/doan-vien/nhap" component={ImportPage} />
            <Route path="/tai-khoan" component={UsersPage} />
            <Route path="/nhat-ky" component={AuditPage} />
            <Route path="/cai-dat" component={SettingsPage} />
            <Route path="/lien-doan" component={FederationsPage} />
            <Route path="/m/:module/*rest" component={ModulePage} />
            <Route path="*404" component={TenantNotFound} />
          </Route>
        </Route>
        <Route path="*404" component={NotFoundPage} />
      </Router>
    </I18nProvider>
  );
}
