/** Display names of award levels and forms (Vietnamese first). */
export const awardLevels = {
  "tong-ldld": { vi: "Tổng LĐLĐ Việt Nam", en: "Viet Nam General Confederation of Labour" },
  "cdgd-vn": { vi: "Công đoàn Giáo dục Việt Nam", en: "Viet Nam Education Union" },
  "ldld-tinh": { vi: "LĐLĐ tỉnh/thành phố", en: "Provincial federation" },
  "cdn-gd": { vi: "Công đoàn ngành Giáo dục", en: "Education-sector union" },
  "ldld-huyen": { vi: "LĐLĐ quận/huyện", en: "District federation" },
} as const;
export type AwardLevelId = keyof typeof awardLevels;

export const awardForms = {
  "co-thi-dua": { vi: "Cờ thi đua", en: "Emulation banner" },
  "bang-khen": { vi: "Bằng khen", en: "Certificate of merit" },
  "giay-khen": { vi: "Giấy khen", en: "Certificate of commendation" },
  "danh-hieu": { vi: "Danh hiệu", en: "Title" },
} as const;
export type AwardFormId = keyof typeof awardForms;
