import { formatDate, formatNumber, formatPercent } from "@congdoan/core";
import { checkQuorum } from "./compliance";
import type { Attendance, Preparation } from "./model";
import type { Settings } from "./settings";

/** A problem beside a field: Vietnamese for the form, English for a refusal read in English. */
export type AttendanceProblem = { path: string; message: string; en: string };
type Rules = Pick<Settings, "quorumNumerator" | "quorumDenominator" | "requireAbsenceReasons">;

/**
 * Checks of an attendance record that depend on the conference's format and date and on the tenant's
 * rules (the shape itself is checked by the zod schema). Paths are relative to the request body.
 */
export function attendanceProblems(
  attendance: Attendance,
  preparation: Pick<Preparation, "format" | "date">,
  rules: Rules,
): AttendanceProblem[] {
  const problems: AttendanceProblem[] = [];
  const n = (x: number) => formatNumber(x);
  if (preparation.format === "delegates") {
    if (!attendance.delegates)
      problems.push({
        path: "attendance.delegates",
        message: "Hội nghị đại biểu: cần ghi số đại biểu được bầu",
        en: "delegates' conference: give the number of delegates elected",
      });
    else if (attendance.delegates !== attendance.invited)
      problems.push({
        path: "attendance.delegates",
        message: `Hội nghị đại biểu: số được triệu tập (${n(attendance.invited)}) phải bằng số đại biểu được bầu (${n(attendance.delegates)})`,
        en: `delegates' conference: those invited (${attendance.invited}) must equal the delegates elected (${attendance.delegates})`,
      });
    if (!attendance.election)
      problems.push({
        path: "attendance.election.from",
        message: "Hội nghị đại biểu: cần ghi ngày họp bầu đại biểu ở các thành phần",
        en: "delegates' conference: give the dates of the meetings that elected the delegates",
      });
    else if (attendance.election.to > preparation.date)
      problems.push({
        path: "attendance.election.to",
        message: `Ngày họp bầu đại biểu phải trước hoặc cùng ngày hội nghị (${formatDate(preparation.date)})`,
        en: `the delegates must be elected on or before the conference day (${preparation.date})`,
      });
  } else if (attendance.election)
    problems.push({
      path: "attendance.election",
      message: "Chỉ ghi việc bầu đại biểu khi hội nghị tổ chức theo hình thức đại biểu",
      en: "an election of delegates is recorded only for a conference through delegates",
    });
  const absent = attendance.invited - attendance.present;
  if (rules.requireAbsenceReasons && attendance.absences.length !== absent)
    problems.push({
      path: "attendance.absences",
      message: `Cần ghi tên và lý do của từng người vắng: vắng ${n(absent)}, mới ghi ${n(attendance.absences.length)}`,
      en: `every absent person needs a name and a reason: ${absent} absent, ${attendance.absences.length} listed`,
    });
  return problems;
}

export interface QuorumView {
  met: boolean;
  /** Fewest present for the quorum. */
  needed: number;
  /** e.g. "2/3". */
  rule: string;
  /** A sentence saying the result, in Vietnamese. */
  message: string;
}

/** The quorum (đủ số đại biểu) of an attendance, with a sentence a user can read. */
export function quorumView(attendance: Attendance, format: Preparation["format"], rules: Rules): QuorumView {
  const check = checkQuorum(attendance, rules);
  const rule = `${rules.quorumNumerator}/${rules.quorumDenominator}`;
  const who = format === "delegates" ? "đại biểu" : "người được triệu tập";
  const ratio = attendance.present / attendance.invited;
  // "90%", "55,6%": one decimal only when it says something.
  const share = formatPercent(ratio, Number.isInteger(Math.round(ratio * 1000) / 10) ? 0 : 1);
  const figures = `có mặt ${formatNumber(attendance.present)}/${formatNumber(attendance.invited)} ${who} (${share}), cần ít nhất ${formatNumber(check.needed)} (${rule})`;
  const message = check.met
    ? `Đủ số đại biểu: ${figures}.`
    : `Chưa đủ số đại biểu: ${figures}; còn thiếu ${formatNumber(check.needed - attendance.present)}.`;
  return { ...check, rule, message };
}

/** The quorum refusal in English: "quorum not reached: 70 of 120 delegates present, at least 80 needed (2/3); 10 short". */
export function quorumShortfallEn(
  attendance: Attendance,
  format: Preparation["format"],
  rules: Rules,
): string {
  const check = checkQuorum(attendance, rules);
  const who = format === "delegates" ? "delegates" : "people invited";
  return `quorum not reached: ${attendance.present} of ${attendance.invited} ${who} present, at least ${check.needed} needed (${rules.quorumNumerator}/${rules.quorumDenominator}); ${check.needed - attendance.present} short`;
}
