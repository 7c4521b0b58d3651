import type { Grant, User } from "./auth";
import type { ApiClient } from "./client";
import { type Page, tenantApi, withQuery } from "./paths";

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  grants: Grant[];
}

export interface UserChanges {
  expectedVersion: number;
  displayName?: string;
  email?: string;
  grants?: Grant[];
  status?: "active" | "disabled";
}

/** The initial (or reset) password is returned once and never again. */
export interface UserWithPassword {
  user: User;
  initialPassword: string;
}

const users = (tenant: string, ...rest: string[]) => tenantApi(tenant, "users", ...rest);

export const usersApi = {
  list: (api: ApiClient, tenant: string, query: { cursor?: string; limit?: number } = {}) =>
    api.get<Page<User>>(withQuery(users(tenant), query)),
  create: (api: ApiClient, tenant: string, body: NewUser) =>
    api.request<UserWithPassword>(users(tenant), { method: "POST", body }),
  update: (api: ApiClient, tenant: string, username: string, body: UserChanges) =>
    api.request<User>(users(tenant, username), { method: "PATCH", body }),
  resetPassword: (api: ApiClient, tenant: string, username: string) =>
    api.request<UserWithPassword>(users(tenant, username, "reset-password"), { method: "POST" }),
};
