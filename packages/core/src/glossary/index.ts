/**
 * The one glossary of domain words kept in Vietnamese in code, because English has no exact word.
 * Code uses the identifier on the left; screens use `vi` / `en`.
 */
export const glossary = {
  cdcs: {
    vi: "Công đoàn cơ sở (CĐCS)",
    en: "Grassroots union (usually one per school)",
  },
  cdnGd: { vi: "Công đoàn ngành Giáo dục (CĐN GD)", en: "Provincial education-sector union" },
  ldld: {
    vi: "Liên đoàn Lao động (LĐLĐ) tỉnh/thành phố — một khách hàng (tenant)",
    en: "Provincial/city labour federation — a tenant",
  },
  ldldHuyen: {
    vi: "Liên đoàn Lao động quận/huyện/thị xã",
    en: "District labour federation",
  },
  cumThiDua: { vi: "Cụm thi đua", en: "Emulation cluster: units ranked against each other" },
  thiDua: { vi: "Thi đua", en: "Emulation (campaigns, movements and their scoring)" },
  phongTrao: { vi: "Phong trào thi đua", en: "Emulation movement" },
  chiTieu: { vi: "Chỉ tiêu", en: "Target (planned figure)" },
  xepLoai: { vi: "Xếp loại", en: "Classification" },
  khenThuong: { vi: "Khen thưởng", en: "Awards" },
  sangKien: { vi: "Sáng kiến kinh nghiệm", en: "Teaching initiative" },
  hocBong: { vi: "Học bổng", en: "Scholarship for members' children" },
  hoiNghiCbccvc: {
    vi: "Hội nghị cán bộ, công chức, viên chức",
    en: "Staff conference of a public school",
  },
  hoiNghiNld: { vi: "Hội nghị người lao động", en: "Workers' conference of a non-public school" },
  quyCheDanChu: { vi: "Quy chế dân chủ ở cơ sở", en: "Grassroots democracy regulation" },
  doanVien: { vi: "Đoàn viên công đoàn", en: "Union member" },
  namHoc: { vi: "Năm học", en: "School year (September → August)" },
  congLap: { vi: "Công lập", en: "Public (state-run) school" },
  ngoaiCongLap: { vi: "Ngoài công lập", en: "Non-public school" },
} as const;

export type GlossaryTerm = keyof typeof glossary;
