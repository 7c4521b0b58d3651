import type { MemberImportRow, MemberStatus } from "./member-row";

/**
 * Deterministic, realistic member lists for tests and the benchmark: Thanh Xuân school unions, names
 * with every kind of Vietnamese diacritic, positions with commas (so CSV quoting is exercised).
 * Not demo seed data: nothing here is written to a store.
 */
export const sampleUnitIds = [
  "tx-mam-non-hoa-sua",
  "tx-mam-non-sao-mai",
  "tx-mam-non-khuong-dinh",
  "tx-tieu-hoc-nhan-chinh",
  "tx-tieu-hoc-kim-giang",
  "tx-tieu-hoc-khuong-mai",
  "tx-tieu-hoc-phuong-liet",
  "tx-thcs-nhan-chinh",
  "tx-thcs-khuong-dinh",
  "tx-thcs-thanh-xuan",
  "tx-thcs-ha-dinh",
  "tx-thpt-tran-hung-dao",
] as const;

const familyNames = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Ngô",
];
const womenMiddle = ["Thị", "Thu", "Thanh", "Ngọc", "Thuỳ", "Bích", "Hồng", "Kim", "Phương"];
const menMiddle = ["Văn", "Minh", "Đức", "Quang", "Hữu", "Xuân", "Tiến"];
const womenGiven = [
  "Hoa",
  "Lan",
  "Hương",
  "Hà",
  "Dung",
  "Nga",
  "Yến",
  "Trang",
  "Thảo",
  "Hằng",
  "Nhung",
  "Quỳnh",
];
const menGiven = ["Tuấn", "Hùng", "Hải", "Sơn", "Dũng", "Cường", "Thắng", "Việt", "Long", "Khoa"];
const positions = [
  "Giáo viên",
  "Giáo viên",
  "Giáo viên",
  "Giáo viên, Tổ trưởng chuyên môn",
  "Nhân viên văn thư",
  "Kế toán",
  "Phó Hiệu trưởng",
  "Chủ tịch CĐCS",
  'Giáo viên chủ nhiệm lớp "chọn"',
];

/** mulberry32: small, fast and the same on every machine, so failures reproduce. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const ascii = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z]/g, "");

export interface SampleOptions {
  seed?: number;
  /** Give every member a "DV00001"-style code. */
  withCodes?: boolean;
  unitIds?: readonly string[];
}

/** `count` members with distinct import keys; born 1965–1999, so valid for any "today" after 2014. */
export function sampleMembers(count: number, options: SampleOptions = {}): MemberImportRow[] {
  const next = random(options.seed ?? 2152);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const unitIds = options.unitIds ?? sampleUnitIds;
  const taken = new Set<string>();
  const members: MemberImportRow[] = [];
  while (members.length < count) {
    const woman = next() < 0.78;
    const fullName = `${pick(familyNames)} ${pick(woman ? womenMiddle : menMiddle)} ${pick(woman ? womenGiven : menGiven)}`;
    const year = 1965 + Math.floor(next() * 35);
    const dateOfBirth = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
    const unitId = pick(unitIds);
    const key = `${fullName}|${dateOfBirth}|${unitId}`;
    if (taken.has(key)) continue;
    taken.add(key);
    const i = members.length;
    const roll = next();
    const status: MemberStatus = roll < 0.9 ? "active" : roll < 0.96 ? "left" : "retired";
    const member: MemberImportRow = {
      fullName,
      gender: woman ? "nu" : "nam",
      dateOfBirth,
      unitId,
      status,
      position: pick(positions),
    };
    if (options.withCodes) member.memberCode = `DV${pad(i + 1, 5)}`;
    if (next() < 0.8)
      member.joinDate = `${year + 23 + Math.floor(next() * 3)}-09-${pad(1 + Math.floor(next() * 28))}`;
    if (next() < 0.85) member.phone = `0${pick(["3", "8", "9"])}${pad(Math.floor(next() * 100_000_000), 8)}`;
    if (next() < 0.6) member.email = `${ascii(fullName)}${i}@hanoiedu.vn`;
    members.push(member);
  }
  return members;
}
