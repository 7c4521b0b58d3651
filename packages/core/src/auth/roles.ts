import type { LocalizedText } from "../i18n";

/**
 * Roles are granted at a unit of the tree and cover its whole subtree. The platform admin role
 * belongs to the operators of the service, not to any federation.
 */
export const roles = ["platform-admin", "federation-admin", "reviewer", "cdcs-officer", "member"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, LocalizedText> = {
  "platform-admin": { vi: "Quản trị hệ thống", en: "Platform administrator" },
  "federation-admin": { vi: "Quản trị liên đoàn", en: "Federation administrator" },
  reviewer: { vi: "Cán bộ thẩm định (LĐLĐ quận/huyện, CĐN)", en: "Reviewer (district / sector union)" },
  "cdcs-officer": { vi: "Cán bộ CĐCS", en: "Grassroots union officer" },
  member: { vi: "Đoàn viên", en: "Member" },
};

export interface Grant {
  role: Role;
  unitId: string;
}

/** A permission as declared by the host or a plugin: its label and the roles that hold it. */
export interface PermissionDefinition extends LocalizedText {
  roles: readonly Role[];
}

const tenantRoles: Role[] = ["federation-admin", "reviewer", "cdcs-officer", "member"];

/**
 * The host's own permissions. `members.read` is personal data: only the roles that look after
 * members hold it; reviewers and members see counts, not people.
 */
export const corePermissions = {
  // Operators see the shell of their own space (/t/platform) to reach the federation pages.
  "tenant.read": {
    vi: "Xem thông tin liên đoàn",
    en: "See the federation",
    roles: [...tenantRoles, "platform-admin"],
  },
  "modules.manage": { vi: "Bật/tắt mô-đun", en: "Switch modules", roles: ["federation-admin"] },
  "units.read": { vi: "Xem cây tổ chức", en: "See the union tree", roles: tenantRoles },
  "units.write": { vi: "Sửa cây tổ chức", en: "Edit the union tree", roles: ["federation-admin"] },
  "members.read": {
    vi: "Xem hồ sơ đoàn viên",
    en: "See member records",
    roles: ["federation-admin", "cdcs-officer"],
  },
  "members.write": {
    vi: "Cập nhật hồ sơ đoàn viên",
    en: "Edit member records",
    roles: ["federation-admin", "cdcs-officer"],
  },
  "users.manage": {
    vi: "Quản lý tài khoản và vai trò",
    en: "Manage accounts and roles",
    roles: ["federation-admin"],
  },
  "audit.read": { vi: "Xem nhật ký thay đổi", en: "Read the audit log", roles: ["federation-admin"] },
  "platform.manage": {
    vi: "Quản lý các liên đoàn trên hệ thống",
    en: "Manage federations on the platform",
    roles: ["platform-admin"],
  },
} as const satisfies Record<string, PermissionDefinition>;

export type CorePermission = keyof typeof corePermissions;
