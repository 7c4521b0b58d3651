import type { ApiClient } from "./client";
import { tenantApi } from "./paths";

export const ROLES = ["federation-admin", "reviewer", "cdcs-officer", "member"] as const;
export type Role = (typeof ROLES)[number];

/** A role held at a unit; it covers the unit's whole subtree. */
export interface Grant {
  role: Role;
  unitId: string;
}

export interface User {
  username: string;
  displayName: string;
  email?: string;
  status: "active" | "disabled";
  grants: Grant[];
  mustChangePassword: boolean;
  version: number;
}

export interface Session {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: User;
  permissions: string[];
}

export interface Me {
  user: User;
  permissions: string[];
}

/** Minimum the server accepts: at least 10 characters with letters and digits. */
export function isStrongEnoughPassword(password: string): boolean {
  return password.length >= 10 && /\p{L}/u.test(password) && /\d/.test(password);
}

// These calls use a client without a token: the refresh cookie (httpOnly, path /api/t/{tenant}/auth)
// is what identifies the session, and a 401 here must not trigger another refresh.
export const authApi = {
  login: (api: ApiClient, tenant: string, body: { username: string; password: string }) =>
    api.request<Session>(tenantApi(tenant, "auth", "login"), { method: "POST", body }),
  refresh: (api: ApiClient, tenant: string) =>
    api.request<Session>(tenantApi(tenant, "auth", "refresh"), { method: "POST" }),
  logout: (api: ApiClient, tenant: string) =>
    api.request<undefined>(tenantApi(tenant, "auth", "logout"), { method: "POST" }),
  me: (api: ApiClient, tenant: string) => api.get<Me>(tenantApi(tenant, "auth", "me")),
  changePassword: (api: ApiClient, tenant: string, body: { currentPassword: string; newPassword: string }) =>
    api.request<Session>(tenantApi(tenant, "auth", "password"), { method: "POST", body }),
};
