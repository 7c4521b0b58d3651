import type { ApiClient } from "./client";
import { type Page, tenantApi, withQuery } from "./paths";

export const GENDERS = ["nam", "nu", "khac"] as const;
export type Gender = (typeof GENDERS)[number];

export const MEMBER_STATUSES = ["active", "left", "retired"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface MemberFields {
  fullName: string;
  gender: Gender;
  /** ISO yyyy-mm-dd; required, it tells two namesakes in one school apart. */
  dateOfBirth: string;
  unitId: string;
  position?: string;
  joinDate?: string;
  status: MemberStatus;
  phone?: string;
  email?: string;
  memberCode?: string;
}

export interface Member extends MemberFields {
  id: string;
  version: number;
}

export interface MemberQuery {
  unitId?: string;
  q?: string;
  status?: MemberStatus | "";
  cursor?: string;
  limit?: number;
}

export interface ImportRequest {
  fileName: string;
  contentBase64: string;
}

export interface ImportPreview {
  total: number;
  valid: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  badRows: number[];
  errors: { row: number; field?: string; message: string }[];
  /** Headers of the file that were not used ("STT", "Ghi chú"). */
  ignoredColumns?: string[];
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export type ExportFormat = "csv" | "xlsx";

const members = (tenant: string, ...rest: string[]) => tenantApi(tenant, "members", ...rest);

export const membersApi = {
  list: (api: ApiClient, tenant: string, query: MemberQuery) =>
    api.get<Page<Member>>(withQuery(members(tenant), { ...query })),
  create: (api: ApiClient, tenant: string, body: MemberFields) =>
    api.request<Member>(members(tenant), { method: "POST", body }),
  update: (
    api: ApiClient,
    tenant: string,
    id: string,
    body: Partial<MemberFields> & { expectedVersion: number },
  ) => api.request<Member>(members(tenant, id), { method: "PATCH", body }),
  remove: (api: ApiClient, tenant: string, id: string, expectedVersion: number) =>
    api.request<undefined>(withQuery(members(tenant, id), { expectedVersion }), { method: "DELETE" }),
  previewImport: (api: ApiClient, tenant: string, body: ImportRequest) =>
    api.request<ImportPreview>(members(tenant, "import", "preview"), { method: "POST", body }),
  confirmImport: (api: ApiClient, tenant: string, body: ImportRequest) =>
    api.request<ImportResult>(members(tenant, "import", "confirm"), { method: "POST", body }),
  export: (api: ApiClient, tenant: string, format: ExportFormat, unitId?: string) =>
    api.download(withQuery(members(tenant, "export"), { format, unitId })),
};
