/**
 * The lengths a nomination's texts must keep, and what to say when they do not, in one place: the
 * API's schema (`model.ts`) and the nomination form (`web/nomination-form-state.ts`) both read it,
 * so the page refuses exactly what the server would, with the same words. Free of zod so the page
 * can import it.
 */
export interface LengthRule {
  min?: number;
  max: number;
  /** Nothing typed (or only spaces). */
  empty?: { vi: string; en: string };
  /** Typed, but fewer than `min` characters. */
  short?: { vi: string; en: string };
  /** More than `max` characters. */
  long: { vi: string; en: string };
}

export const childTextRules = {
  fullName: {
    min: 2,
    max: 100,
    empty: { vi: "Nhập họ tên của cháu", en: "Enter the child's full name" },
    short: { vi: "Họ tên cần ít nhất 2 ký tự", en: "The full name needs at least 2 characters" },
    long: { vi: "Họ tên dài tối đa 100 ký tự", en: "The full name can be at most 100 characters" },
  },
  school: {
    min: 2,
    max: 200,
    empty: { vi: "Nhập tên trường", en: "Enter the school's name" },
    short: { vi: "Tên trường cần ít nhất 2 ký tự", en: "The school's name needs at least 2 characters" },
    long: { vi: "Tên trường dài tối đa 200 ký tự", en: "The school's name can be at most 200 characters" },
  },
  grade: {
    min: 1,
    max: 20,
    empty: { vi: "Nhập lớp", en: "Enter the class" },
    long: { vi: "Lớp dài tối đa 20 ký tự", en: "The class can be at most 20 characters" },
  },
  achievements: {
    max: 1000,
    long: {
      vi: "Thành tích dài tối đa 1.000 ký tự: hãy tóm tắt, giấy khen đính kèm ở phần minh chứng",
      en: "Achievements can be at most 1,000 characters: summarise them and attach the certificates as evidence",
    },
  },
  hardship: {
    max: 2000,
    long: {
      vi: "Hoàn cảnh gia đình dài tối đa 2.000 ký tự: hãy tóm tắt, giấy xác nhận đính kèm ở phần minh chứng",
      en: "Family hardship can be at most 2,000 characters: summarise it and attach the confirmation as evidence",
    },
  },
} satisfies Record<string, LengthRule>;

export type ChildTextField = keyof typeof childTextRules;

/** Which message a text breaks, if any (trimmed as the API trims it). */
export function lengthProblem(rule: LengthRule, text: string): { vi: string; en: string } | undefined {
  const length = text.trim().length;
  if (length === 0 && rule.empty) return rule.empty;
  if (rule.min !== undefined && length < rule.min) return rule.short ?? rule.empty;
  if (length > rule.max) return rule.long;
  return undefined;
}
