import type { WebLocale } from "@congdoan/plugin-sdk/web";
import { num } from "./i18n";

export interface QuorumRules {
  quorumNumerator: number;
  quorumDenominator: number;
  requireAbsenceReasons: boolean;
}

/** The same rule as the server's checkQuorum: present ≥ ⌈invited × n / d⌉. */
export function liveQuorum(invited: number, present: number, rules: QuorumRules) {
  const needed = Math.ceil((invited * rules.quorumNumerator) / rules.quorumDenominator);
  return { needed, met: invited > 0 && present >= needed };
}

/** "Đủ số đại biểu: có mặt 45/50, cần ít nhất 34 (2/3)." in the page's language. */
export function quorumSentence(
  locale: WebLocale,
  invited: number,
  present: number,
  rules: QuorumRules,
  delegates: boolean,
): string {
  const q = liveQuorum(invited, present, rules);
  const rule = `${rules.quorumNumerator}/${rules.quorumDenominator}`;
  const figures = `${num(locale, present)}/${num(locale, invited)}`;
  if (locale === "en") {
    const who = delegates ? "delegates" : "invited";
    return q.met
      ? `Quorum reached: ${figures} ${who} present, at least ${num(locale, q.needed)} needed (${rule}).`
      : `No quorum yet: ${figures} ${who} present, at least ${num(locale, q.needed)} needed (${rule}); ${num(locale, q.needed - present)} short.`;
  }
  const who = delegates ? "đại biểu" : "người được triệu tập";
  return q.met
    ? `Đủ số đại biểu: có mặt ${figures} ${who}, cần ít nhất ${num(locale, q.needed)} (${rule}).`
    : `Chưa đủ số đại biểu: có mặt ${figures} ${who}, cần ít nhất ${num(locale, q.needed)} (${rule}); còn thiếu ${num(locale, q.needed - present)}.`;
}
