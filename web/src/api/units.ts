import type { ApiClient } from "./client";
import { tenantApi } from "./paths";

export const UNIT_KINDS = ["ldld", "cdn-gd", "ldld-huyen", "cdcs", "other"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const SCHOOL_LEVELS = ["mam-non", "tieu-hoc", "thcs", "thpt", "lien-cap", "gdtx", "khac"] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export const OWNERSHIPS = ["public", "non-public"] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export interface Unit {
  id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  schoolLevel?: SchoolLevel;
  ownership?: Ownership;
  memberCount: number;
  womenMemberCount?: number;
  clusterIds?: string[];
  status: "active" | "closed";
  mergedInto?: string;
  version: number;
}

export interface UnitDetail {
  unit: Unit;
  /** The ancestors, from the root down to the unit's parent. */
  path: { id: string; name: string }[];
  children: Unit[];
}

export interface UnitFields {
  name: string;
  kind: UnitKind;
  schoolLevel?: SchoolLevel;
  ownership?: Ownership;
  memberCount?: number;
  womenMemberCount?: number;
}

export type NewUnit = UnitFields & { parentId: string; id?: string };
export type UnitChanges = Partial<UnitFields> & { expectedVersion: number; clusterIds?: string[] };

const units = (tenant: string, ...rest: string[]) => tenantApi(tenant, "units", ...rest);

export const unitsApi = {
  list: (api: ApiClient, tenant: string) => api.get<{ items: Unit[] }>(units(tenant)),
  get: (api: ApiClient, tenant: string, id: string) => api.get<UnitDetail>(units(tenant, id)),
  create: (api: ApiClient, tenant: string, body: NewUnit) =>
    api.request<Unit>(units(tenant), { method: "POST", body }),
  update: (api: ApiClient, tenant: string, id: string, body: UnitChanges) =>
    api.request<Unit>(units(tenant, id), { method: "PATCH", body }),
  move: (
    api: ApiClient,
    tenant: string,
    id: string,
    body: { expectedVersion: number; newParentId: string },
  ) => api.request<Unit>(units(tenant, id, "move"), { method: "POST", body }),
  /** Answers the merge target (the running API returns the Unit; the first contract wrapped it in { unit }). */
  merge: async (
    api: ApiClient,
    tenant: string,
    id: string,
    body: { expectedVersion: number; intoUnitId: string },
  ): Promise<Unit> => {
    const result = await api.request<Unit | { unit: Unit }>(units(tenant, id, "merge"), {
      method: "POST",
      body,
    });
    return "unit" in result ? result.unit : result;
  },
  close: (api: ApiClient, tenant: string, id: string, body: { expectedVersion: number }) =>
    api.request<Unit>(units(tenant, id, "close"), { method: "POST", body }),
  reopen: (api: ApiClient, tenant: string, id: string, body: { expectedVersion: number }) =>
    api.request<Unit>(units(tenant, id, "reopen"), { method: "POST", body }),
};
