import type { ApiClient, DownloadedFile } from "../api/client";

export type FederationStatus = "active" | "suspended";

export interface ModuleState {
  enabled: boolean;
  settings: Record<string, unknown>;
}

/** A federation (tenant) as the platform API returns it. */
export interface Federation {
  id: string;
  name: string;
  shortName: string;
  status: FederationStatus;
  modules: Record<string, ModuleState>;
  version: number;
}

export interface NewFederation {
  id: string;
  name: string;
  shortName: string;
  firstAdmin: { username: string; displayName: string };
}

/** The first admin's password is returned once and never again. */
export interface CreatedFederation {
  tenant: Federation;
  adminUsername: string;
  initialPassword: string;
}

export interface FederationChanges {
  expectedVersion: number;
  name?: string;
  shortName?: string;
  status?: FederationStatus;
}

/** `/api/platform/tenants/{id}/…` with every segment encoded. */
export function platformPath(...segments: string[]): string {
  return ["/api/platform/tenants", ...segments.map(encodeURIComponent)].join("/");
}

export const platformApi = {
  list: (api: ApiClient) => api.get<{ items: Federation[] }>(platformPath()),
  create: (api: ApiClient, body: NewFederation) =>
    api.request<CreatedFederation>(platformPath(), { method: "POST", body }),
  update: (api: ApiClient, id: string, body: FederationChanges) =>
    api.request<Federation>(platformPath(id), { method: "PATCH", body }),
  switchModule: (api: ApiClient, id: string, module: string, enabled: boolean) =>
    api.request<Federation>(platformPath(id, "modules", module), { method: "PUT", body: { enabled } }),
  exportData: (api: ApiClient, id: string): Promise<DownloadedFile> =>
    api.download(platformPath(id, "export")),
};
