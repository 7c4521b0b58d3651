import type { SchoolLevel, Tenant, Unit } from "@congdoan/core";
import { slugify } from "@congdoan/core";

/**
 * Demo tenants built from the public reports the product is modelled on: Thanh Xuân manages 52 school
 * unions with 2.152 members (46 public, 6 non-public), Phú Xuyên names its exemplary schools, Đắk Nông
 * reports through its education-sector union.
 */
export interface DemoTenant {
  tenant: Tenant;
  units: Unit[];
}

interface SchoolSeed {
  name: string;
  level: SchoolLevel;
  ownership: "public" | "non-public";
}

const mn = (name: string): SchoolSeed => ({
  name: `Trường Mầm non ${name}`,
  level: "mam-non",
  ownership: "public",
});
const th = (name: string): SchoolSeed => ({
  name: `Trường Tiểu học ${name}`,
  level: "tieu-hoc",
  ownership: "public",
});
const thcs = (name: string): SchoolSeed => ({
  name: `Trường THCS ${name}`,
  level: "thcs",
  ownership: "public",
});
const thpt = (name: string): SchoolSeed => ({
  name: `Trường THPT ${name}`,
  level: "thpt",
  ownership: "public",
});
const tu = (name: string, level: SchoolLevel): SchoolSeed => ({ name, level, ownership: "non-public" });

const thanhXuanSchools: SchoolSeed[] = [
  ...[
    "Hoa Sữa",
    "Hoa Mai",
    "Sao Mai",
    "Tuổi Hoa",
    "Thanh Xuân Bắc",
    "Thanh Xuân Trung",
    "Thanh Xuân Nam",
    "Khương Đình",
    "Khương Mai",
    "Khương Trung",
    "Hạ Đình",
    "Kim Giang",
    "Nhân Chính",
    "Phương Liệt",
    "Thượng Đình",
    "Hoa Thủy Tiên",
    "Ánh Sao",
    "Họa Mi",
  ].map(mn),
  ...[
    "Kim Giang",
    "Khương Đình",
    "Khương Mai",
    "Nguyễn Trãi",
    "Nhân Chính",
    "Phương Liệt",
    "Hạ Đình",
    "Thanh Xuân Bắc",
    "Thanh Xuân Nam",
    "Thanh Xuân Trung",
    "Đặng Trần Côn",
    "Phan Đình Giót",
    "Khương Trung",
    "Nguyễn Tuân",
  ].map(th),
  ...[
    "Nhân Chính",
    "Thanh Xuân",
    "Khương Đình",
    "Hạ Đình",
    "Phan Đình Giót",
    "Việt Nam – Angiêri",
    "Kim Giang",
    "Khương Mai",
    "Nguyễn Trãi",
    "Thanh Xuân Nam",
    "Phương Liệt",
    "Nguyễn Lân",
  ].map(thcs),
  { name: "Trung tâm GDNN – GDTX quận Thanh Xuân", level: "gdtx", ownership: "public" },
  { name: "Trường Mầm non Thanh Xuân", level: "mam-non", ownership: "public" },
  tu("Trường Mầm non tư thục Hoa Hồng", "mam-non"),
  tu("Trường Mầm non tư thục Ngôi Sao Nhỏ", "mam-non"),
  tu("Trường Mầm non tư thục Cầu Vồng", "mam-non"),
  tu("Trường Tiểu học tư thục Hồng Hà", "tieu-hoc"),
  tu("Trường Liên cấp Tiểu học và THCS Hà Nội Xanh", "lien-cap"),
  tu("Trường THCS tư thục Ban Mai", "thcs"),
];

const phuXuyenSchools: SchoolSeed[] = [
  thcs("Trần Phú"),
  thcs("Hồng Minh"),
  th("Thị trấn Phú Xuyên"),
  th("Khai Thái"),
  mn("Thị trấn Phú Xuyên"),
  mn("Phú Túc"),
  th("Tri Trung"),
  thcs("Đại Xuyên"),
];

const cdnHaNoiSchools: SchoolSeed[] = [
  thpt("Chu Văn An"),
  thpt("Phan Đình Phùng"),
  thpt("Kim Liên"),
  thpt("Việt Đức"),
  thpt("Nguyễn Trãi – Ba Đình"),
  tu("Trường THPT tư thục Đoàn Thị Điểm", "thpt"),
];

const cdnDakNongSchools: SchoolSeed[] = [
  thpt("Chu Văn An"),
  thpt("Gia Nghĩa"),
  thpt("Phan Chu Trinh"),
  thpt("Krông Nô"),
  thpt("Đắk Mil"),
  thpt("Nguyễn Tất Thành"),
  thpt("Lê Quý Đôn"),
  { name: "Trường Phổ thông Dân tộc nội trú N'Trang Lơng", level: "thpt", ownership: "public" },
  { name: "Trung tâm GDTX tỉnh Đắk Nông", level: "gdtx", ownership: "public" },
];

/** Typical staff sizes per level, so member counts look like real schools. */
const typicalSize: Record<SchoolLevel, number> = {
  "mam-non": 38,
  "tieu-hoc": 48,
  thcs: 52,
  thpt: 78,
  "lien-cap": 44,
  gdtx: 30,
  khac: 25,
};

/**
 * Member counts that vary school by school yet add up exactly to the reported total
 * (e.g. Thanh Xuân: 2.152), so the demo reproduces the articles' figures.
 */
export function distributeMembers(schools: SchoolSeed[], total?: number): number[] {
  const base = schools.map((s, i) => {
    const size =
      s.ownership === "non-public" ? Math.round(typicalSize[s.level] * 0.45) : typicalSize[s.level];
    return size + ((i * 7) % 11) - 5;
  });
  if (total === undefined) return base;
  const sum = base.reduce((a, b) => a + b, 0);
  const scaled = base.map((n) => Math.max(5, Math.round((n * total) / sum)));
  let diff = total - scaled.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % scaled.length) {
    const step = diff > 0 ? 1 : -1;
    scaled[i] = scaled[i]! + step;
    diff -= step;
  }
  return scaled;
}

function schoolUnits(prefix: string, parentId: string, schools: SchoolSeed[], total?: number): Unit[] {
  const counts = distributeMembers(schools, total);
  return schools.map((school, i) => {
    const members = counts[i]!;
    return {
      id: `${prefix}-${slugify(school.name.replace(/^Trường /, ""))}`,
      name: `CĐCS ${school.name}`,
      kind: "cdcs",
      parentId,
      schoolLevel: school.level,
      ownership: school.ownership,
      memberCount: members,
      womenMemberCount: Math.round(members * (school.level === "mam-non" ? 0.97 : 0.78)),
      status: "active",
    };
  });
}

function group(id: string, name: string, kind: Unit["kind"], parentId: string | null): Unit {
  return { id, name, kind, parentId, memberCount: 0, status: "active" };
}

export function demoTenants(): DemoTenant[] {
  const haNoi: DemoTenant = {
    tenant: {
      id: "ha-noi",
      name: "Liên đoàn Lao động thành phố Hà Nội",
      shortName: "LĐLĐ Hà Nội",
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: {},
    },
    units: [
      group("ha-noi", "Liên đoàn Lao động thành phố Hà Nội", "ldld", null),
      group("cdn-gd-ha-noi", "Công đoàn ngành Giáo dục Hà Nội", "cdn-gd", "ha-noi"),
      group("ldld-thanh-xuan", "LĐLĐ quận Thanh Xuân", "ldld-huyen", "ha-noi"),
      group("ldld-phu-xuyen", "LĐLĐ huyện Phú Xuyên", "ldld-huyen", "ha-noi"),
      ...schoolUnits("tx", "ldld-thanh-xuan", thanhXuanSchools, 2152),
      ...schoolUnits("px", "ldld-phu-xuyen", phuXuyenSchools),
      ...schoolUnits("hn", "cdn-gd-ha-noi", cdnHaNoiSchools),
    ],
  };
  const dakNong: DemoTenant = {
    tenant: {
      id: "dak-nong",
      name: "Liên đoàn Lao động tỉnh Đắk Nông",
      shortName: "LĐLĐ Đắk Nông",
      status: "active",
      schoolYear: { startMonth: 9, startDay: 5 },
      modules: {},
    },
    units: [
      group("dak-nong", "Liên đoàn Lao động tỉnh Đắk Nông", "ldld", null),
      group("cdn-gd-dak-nong", "Công đoàn ngành Giáo dục và Đào tạo tỉnh Đắk Nông", "cdn-gd", "dak-nong"),
      ...schoolUnits("dn", "cdn-gd-dak-nong", cdnDakNongSchools),
    ],
  };
  return [haNoi, dakNong];
}
