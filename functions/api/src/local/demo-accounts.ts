import type { Grant } from "@congdoan/core";
import type { SeedHook } from "@congdoan/local";
import { provisionAccount } from "../identity/provision";

/** For local use only: printed by `npm start`, never created in the cloud. */
export const DEMO_PASSWORD = "CongDoan@2026";

export const demoAccounts: { tenant: string; username: string; displayName: string; grants: Grant[] }[] = [
  {
    tenant: "platform",
    username: "admin.hethong",
    displayName: "Quản trị hệ thống",
    grants: [{ role: "platform-admin", unitId: "platform" }],
  },
  {
    tenant: "ha-noi",
    username: "admin.hanoi",
    displayName: "Quản trị LĐLĐ Hà Nội",
    grants: [{ role: "federation-admin", unitId: "ha-noi" }],
  },
  {
    tenant: "ha-noi",
    username: "thamdinh.thanhxuan",
    displayName: "Cán bộ LĐLĐ quận Thanh Xuân",
    grants: [{ role: "reviewer", unitId: "ldld-thanh-xuan" }],
  },
  {
    tenant: "ha-noi",
    username: "canbo.nhanchinh",
    displayName: "Chủ tịch CĐCS THCS Nhân Chính",
    grants: [{ role: "cdcs-officer", unitId: "tx-thcs-nhan-chinh" }],
  },
  {
    tenant: "ha-noi",
    username: "doanvien.nhanchinh",
    displayName: "Đoàn viên THCS Nhân Chính",
    grants: [{ role: "member", unitId: "tx-thcs-nhan-chinh" }],
  },
  {
    tenant: "dak-nong",
    username: "admin.daknong",
    displayName: "Quản trị LĐLĐ Đắk Nông",
    grants: [{ role: "federation-admin", unitId: "dak-nong" }],
  },
];

export const demoAccountsSeed: SeedHook = async (db, demo) => {
  const first = demo.tenant.id === "ha-noi";
  for (const account of demoAccounts.filter(
    (a) => a.tenant === demo.tenant.id || (first && a.tenant === "platform"),
  )) {
    await provisionAccount(db, account.tenant, {
      ...account,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
    });
  }
};
