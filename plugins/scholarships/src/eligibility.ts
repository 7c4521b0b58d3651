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

/**
 * The programme's eligibility rules applied to one nomination. `schoolYearStart` is the day the age
 * is counted on (the start of the programme's school year).
 */
export function screen(input: {
  programme: Programme;
  category: CategoryCode;
  child: Child;
  member: MemberSummary | undefined;
  unitId: string;
  unitInScope: boolean;
  schoolYearStart: string;
}): Screening {
  const { programme, category, child, member } = input;
  const rules = programme.eligibility;
  const reasons: string[] = [];
  if (!input.unitInScope) reasons.push("CĐCS không thuộc phạm vi của chương trình.");
  if (!member || member.unitId !== input.unitId) {
    reasons.push("Cha/mẹ không phải đoàn viên của CĐCS này.");
  } else if (member.status !== "active") {
    reasons.push("Cha/mẹ không còn sinh hoạt công đoàn (đã chuyển đi hoặc nghỉ hưu).");
  }
  if (!programme.categories.some((c) => c.code === category)) {
    reasons.push("Chương trình không có loại học bổng này.");
  }
  const age = ageOn(child.dateOfBirth, input.schoolYearStart);
  if (age < rules.minAge || age > rules.maxAge) {
    reasons.push(
      `Tuổi của cháu khi vào năm học là ${age}, ngoài khoảng ${rules.minAge}–${rules.maxAge} tuổi của chương trình.`,
    );
  }
  if (!rules.schoolLevels.includes(child.schoolLevel)) {
    reasons.push("Cấp học của cháu không thuộc đối tượng của chương trình.");
  }
  if (needsResults(category)) {
    if (child.average === undefined) reasons.push("Loại học giỏi cần điểm trung bình năm học.");
    else if (child.average < rules.minAverage) {
      reasons.push(
        `Điểm trung bình ${String(child.average).replace(".", ",")} thấp hơn mức ${String(rules.minAverage).replace(".", ",")} của loại học giỏi.`,
      );
    }
  }
  if (needsHardship(category) && child.hardship.trim().length < rules.minHardshipLength) {
    reasons.push(`Loại vượt khó cần mô tả hoàn cảnh khó khăn (ít nhất ${rules.minHardshipLength} ký tự).`);
  }
  return { eligible: reasons.length === 0, reasons };
}
