import { formatNumber, formatPercent } from "@congdoan/core";
import { checkQuorum } from "./compliance";
import type { Attendance, Preparation } from "./model";
import type { Settings } from "./settings";

type FieldError = { path: string; message: string };
type Rules = Pick<Settings, "quorumNumerator" | "quorumDenominator" | "requireAbsenceReasons">;

/**
 * Checks of an attendance record that depend on the conference's format and the tenant's rules
 * (the shape itself is checked by the zod schema). Paths are relative to the request body.
 */
export function attendanceProblems(
  attendance: Attendance,
  format: Preparation["format"],
  rules: Rules,
): FieldError[] {
  const problems: FieldError[] = [];
  if (format === "delegates") {
    if (!attendance.delegates)
      problems.push({
        path: "attendance.delegates",
        message: "Hội nghị đại biểu: cần ghi số đại biểu được bầu",
      });
    else if (attendance.delegates !== attendance.invited)
      problems.push({
        path: "attendance.delegates",
        message: `Hội nghị đại biểu: số được triệu tập (${formatNumber(attendance.invited)}) phải bằng số đại biểu được bầu (${formatNumber(attendance.delegates)})`,
      });
  }
  const absent = attendance.invited - attendance.present;
  if (rules.requireAbsenceReasons && attendance.absences.length !== absent)
    problems.push({
      path: "attendance.absences",
      message: `Cần ghi tên và lý do của từng người vắng: vắng ${formatNumber(absent)}, mới ghi ${formatNumber(attendance.absences.length)}`,
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
