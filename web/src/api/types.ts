import type { LocalizedText } from "@congdoan/plugin-sdk/web";

// Response shapes of the endpoints the shell calls. Kept here, not imported from the API
// package, so the browser bundle never depends on server code.

export interface TenantSummary {
  id: string;
  name: string;
  shortName: string;
}

export interface ModuleSummary {
  id: string;
  title: LocalizedText;
}

export interface PublicIndexResponse {
  tenants: TenantSummary[];
}

export interface PublicScoreboardRef {
  module: string;
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  path: string;
}

export interface PublicPortalResponse {
  tenant: TenantSummary;
  modules: ModuleSummary[];
  scoreboards: PublicScoreboardRef[];
}

export interface TenantHomeResponse {
  tenant: TenantSummary;
  modules: ModuleSummary[];
}
