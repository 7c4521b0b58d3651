import type { Tenant } from "@congdoan/core";

/**
 * The operators' own space. It is not a federation: it has no record, no tree and no public page,
 * but its accounts (platform admins) sign in like everyone else at /api/t/platform/auth/login.
 */
export const PLATFORM_TENANT_ID = "platform";

export const platformTenant: Tenant = {
  id: PLATFORM_TENANT_ID,
  name: "Quản trị hệ thống Công Đoàn Số",
  shortName: "Quản trị hệ thống",
  status: "active",
  schoolYear: { startMonth: 9, startDay: 5 },
  modules: {},
};
