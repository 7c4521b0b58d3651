import type { LocalizedText } from "@congdoan/plugin-sdk/web";
import type { ApiClient } from "./client";
import { tenantApi } from "./paths";

export interface ModuleSetting {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  enabled: boolean;
  settings: Record<string, unknown>;
  /** JSON Schema of `settings`, generated from the plugin's own validation schema. */
  settingsSchema: Record<string, unknown>;
}

export interface ModuleList {
  /** Version of the tenant record; every switch must send it back. */
  version: number;
  items: ModuleSetting[];
}

export const modulesApi = {
  list: (api: ApiClient, tenant: string) => api.get<ModuleList>(tenantApi(tenant, "modules")),
  update: (
    api: ApiClient,
    tenant: string,
    module: string,
    body: { expectedVersion: number; enabled: boolean; settings?: Record<string, unknown> },
  ) => api.request<ModuleList>(tenantApi(tenant, "modules", module), { method: "PUT", body }),
};
