import { formatMoney, type LocalizedText } from "@congdoan/core";

/**
 * The details of every refusal the module raises, in both languages (the host picks the caller's).
 * The Vietnamese wording is what users and tests already know: keep it when editing.
 * Privacy: a detail may name a file by its code (`HS-0007`), a fund, a rubric criterion or a date,
 * never a child, a parent or a reviewer.
 */
const viDate = (iso: string) => iso.split("-").reverse().join("/");

export const refusals = {
  programmeClosed: { vi: "chương trình đã kết thúc", en: "the programme has been closed" },
  ownerUnitUnknown: {
    vi: "đơn vị tổ chức chương trình không có trong cây tổ chức",
    en: "the organising unit is not in the union's unit tree",
  },
  budgetBelowCommitted: {
    vi: "tổng kinh phí không được nhỏ hơn số tiền đã duyệt",
    en: "the total budget cannot be less than the amount already approved",
  },
  fundBelowCommitted: {
    vi: "số tiền của quỹ không được nhỏ hơn số tiền đã duyệt từ quỹ",
    en: "the fund's total cannot be less than the amount already approved from it",
  },

  // Decisions
  noLongerPending: (code: string): LocalizedText => ({
    vi: `hồ sơ ${code} không còn chờ xét (đã có quyết định)`,
    en: `file ${code} is no longer awaiting a decision (already decided)`,
  }),
  alreadyDecided: (code: string): LocalizedText => ({
    vi: `hồ sơ ${code} đã có quyết định`,
    en: `file ${code} has already been decided`,
  }),
  fundTooLow: (fundName: string, left: number, needed: number): LocalizedText => ({
    vi: `quỹ “${fundName}” không đủ tiền: còn ${formatMoney(left)}, cần ${formatMoney(needed)}`,
    en: `the fund “${fundName}” has too little left: ${formatMoney(left)} available, ${formatMoney(needed)} needed`,
  }),
  budgetExhausted: {
    vi: "Đã hết tổng kinh phí của chương trình.",
    en: "The programme's total budget has been used up.",
  },
  unitQuotaFull: (max: number): LocalizedText => ({
    vi: `CĐCS đã đủ chỉ tiêu (${max} suất).`,
    en: `The grassroots union (CĐCS) has reached its quota (${max} ${max === 1 ? "award" : "awards"}).`,
  }),
  districtQuotaFull: (max: number): LocalizedText => ({
    vi: `Quận/huyện đã đủ chỉ tiêu (${max} suất).`,
    en: `The district has reached its quota (${max} ${max === 1 ? "award" : "awards"}).`,
  }),
  withdrawOnlyApproved: {
    vi: "chỉ rút được suất đã duyệt mà chưa chi",
    en: "only an approved award that has not been handed out can be withdrawn",
  },
  alreadyPaid: { vi: "suất học bổng này đã được chi", en: "this award has already been handed out" },
  payOnlyApproved: {
    vi: "chỉ chi cho suất đã được duyệt",
    en: "only an approved award can be handed out",
  },

  // Review panel and assignments
  conflictOfInterest: {
    vi: "cán bộ thẩm định thuộc chính CĐCS đề cử hồ sơ này (xung đột lợi ích)",
    en: "the reviewer belongs to the CĐCS that nominated this file (conflict of interest)",
  },
  decidedNoAssignment: {
    vi: "hồ sơ đã có quyết định, không phân công chấm nữa",
    en: "the file has been decided; it can no longer be assigned or unassigned",
  },
  decidedNoScoring: {
    vi: "hồ sơ đã có quyết định, không chấm lại được",
    en: "the file has been decided; it can no longer be scored",
  },
  emptyPanel: {
    vi: "hội đồng xét chưa có cán bộ thẩm định nào",
    en: "the review panel has no reviewers yet",
  },
  notOnPanel: {
    vi: "người này chưa tham gia hội đồng xét của chương trình",
    en: "this person has not joined the programme's review panel",
  },
  notAssigned: {
    vi: "người này không được giao chấm hồ sơ này",
    en: "this person is not assigned to score this file",
  },
  alreadyScored: {
    vi: "người này đã chấm xong hồ sơ, không rút được",
    en: "this person has already scored the file and cannot be taken off it",
  },
  missingScore: (criterion: string): LocalizedText => ({
    vi: `thiếu điểm tiêu chí “${criterion}”`,
    en: `the score for the criterion “${criterion}” is missing`,
  }),
  scoreAboveMax: (criterion: string, max: number): LocalizedText => ({
    vi: `điểm tiêu chí “${criterion}” tối đa là ${max}`,
    en: `the score for the criterion “${criterion}” can be at most ${max}`,
  }),
  unknownCriteria: (keys: string[]): LocalizedText => ({
    vi: `tiêu chí không có trong chương trình: ${keys.join(", ")}`,
    en: `criteria not in the programme: ${keys.join(", ")}`,
  }),

  // Personal data
  eraseOnlyClosed: {
    vi: "chỉ xoá dữ liệu cá nhân của chương trình đã kết thúc",
    en: "personal data can only be erased once the programme is closed",
  },
  retentionNotOver: (dueIso: string): LocalizedText => ({
    vi: `chưa hết thời hạn lưu dữ liệu cá nhân (đến ${viDate(dueIso)})`,
    en: `the retention period for personal data has not ended yet (until ${viDate(dueIso)})`,
  }),

  // Nominations (a file too large or of a forbidden type is the host's own bilingual 413 / 415).
  outsideWindow: (opensOn: string, closesOn: string): LocalizedText => ({
    vi: `ngoài thời hạn đề cử (từ ${viDate(opensOn)} đến ${viDate(closesOn)})`,
    en: `outside the nomination period (${viDate(opensOn)} to ${viDate(closesOn)})`,
  }),
  duplicateChild: {
    vi: "cháu này đã được đề cử trong chương trình (trùng họ tên và ngày sinh)",
    en: "this child has already been nominated in the programme (same full name and date of birth)",
  },
  unknownEvidence: {
    vi: "có tệp minh chứng không tồn tại (hãy tải lên lại)",
    en: "an evidence file does not exist (upload it again)",
  },
  /** `reasons` from `screenInBothLanguages` (src/eligibility.ts). */
  notEligible: (reasons: LocalizedText[]): LocalizedText => ({
    vi: `không đủ điều kiện: ${reasons.map((r) => r.vi).join(" ")}`,
    en: `not eligible: ${reasons.map((r) => r.en).join(" ")}`,
  }),
} satisfies Record<string, LocalizedText | ((...args: never[]) => LocalizedText)>;
