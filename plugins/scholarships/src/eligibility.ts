import type { LocalizedText } from "@congdoan/core";
import type { MemberSummary } from "@congdoan/plugin-sdk";
import type { CategoryCode, Child, Programme } from "./model";

export interface Screening {
  eligible: boolean;
  /** Vietnamese reasons, never naming the child or the parent. */
  reasons: string[];
}

/** Full years of age on a given day (ISO dates). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const needsResults = (c: CategoryCode) => c === "hoc-gioi" || c === "hoc-gioi-vuot-kho";
const needsHardship = (c: CategoryCode) => c === "vuot-kho" || c === "hoc-gioi-vuot-kho";

export interface ScreeningInput {
  programme: Programme;
  category: CategoryCode;
  child: Child;
  member: MemberSummary | undefined;
  unitId: string;
  unitInScope: boolean;
  schoolYearStart: string;
}

/** Decimal comma, the Vietnamese way, in both languages (as the rest of the product). */
const mark = (n: number) => String(n).replace(".", ",");

/**
 * The programme's eligibility rules applied to one nomination, the reasons in both languages (for a
 * refusal in the caller's language). `schoolYearStart` is the day the age is counted on (the start
 * of the programme's school year).
 */
export function screenInBothLanguages(input: ScreeningInput): {
  eligible: boolean;
  reasons: LocalizedText[];
} {
  const { programme, category, child, member } = input;
  const rules = programme.eligibility;
  const reasons: LocalizedText[] = [];
  if (!input.unitInScope)
    reasons.push({
      vi: "CĐCS không thuộc phạm vi của chương trình.",
      en: "The CĐCS is outside the programme's scope.",
    });
  if (!member || member.unitId !== input.unitId) {
    reasons.push({
      vi: "Cha/mẹ không phải đoàn viên của CĐCS này.",
      en: "The parent is not a member of this CĐCS.",
    });
  } else if (member.status !== "active") {
    reasons.push({
      vi: "Cha/mẹ không còn sinh hoạt công đoàn (đã chuyển đi hoặc nghỉ hưu).",
      en: "The parent is no longer an active union member (moved away or retired).",
    });
  }
  if (!programme.categories.some((c) => c.code === category)) {
    reasons.push({
      vi: "Chương trình không có loại học bổng này.",
      en: "The programme has no such scholarship category.",
    });
  }
  const age = ageOn(child.dateOfBirth, input.schoolYearStart);
  if (age < rules.minAge || age > rules.maxAge) {
    reasons.push({
      vi: `Tuổi của cháu khi vào năm học là ${age}, ngoài khoảng ${rules.minAge}–${rules.maxAge} tuổi của chương trình.`,
      en: `The child is ${age} at the start of the school year, outside the programme's ${rules.minAge}–${rules.maxAge} years.`,
    });
  }
  if (!rules.schoolLevels.includes(child.schoolLevel)) {
    reasons.push({
      vi: "Cấp học của cháu không thuộc đối tượng của chương trình.",
      en: "The child's school level is not covered by the programme.",
    });
  }
  if (needsResults(category)) {
    if (child.average === undefined) {
      reasons.push({
        vi: "Loại học giỏi cần điểm trung bình năm học.",
        en: "The good-results category needs the school year's average mark.",
      });
    } else if (child.average < rules.minAverage) {
      reasons.push({
        vi: `Điểm trung bình ${mark(child.average)} thấp hơn mức ${mark(rules.minAverage)} của loại học giỏi.`,
        en: `The average mark ${mark(child.average)} is below the ${mark(rules.minAverage)} the good-results category needs.`,
      });
    }
  }
  if (needsHardship(category) && child.hardship.trim().length < rules.minHardshipLength) {
    reasons.push({
      vi: `Loại vượt khó cần mô tả hoàn cảnh khó khăn (ít nhất ${rules.minHardshipLength} ký tự).`,
      en: `The hardship category needs a description of the family's hardship (at least ${rules.minHardshipLength} characters).`,
    });
  }
  return { eligible: reasons.length === 0, reasons };
}

/** The same screening with the Vietnamese reasons, as the dry run answers and the nomination keeps. */
export function screen(input: ScreeningInput): Screening {
  const { eligible, reasons } = screenInBothLanguages(input);
  return { eligible, reasons: reasons.map((r) => r.vi) };
}
