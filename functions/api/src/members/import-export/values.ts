import { formatDate, parseDate, searchable } from "@congdoan/core";
import { z } from "zod";
import type { Gender, MemberStatus } from "./member-row";
import type { CellValue } from "./table";

export type ValueProblem =
  | "invalid_date"
  | "year_only"
  | "invalid_gender"
  | "invalid_status"
  | "invalid_phone"
  | "invalid_email";

export type ValueResult<T> = { ok: true; value: T } | { ok: false; problem: ValueProblem };

const ok = <T>(value: T): ValueResult<T> => ({ ok: true, value });
const fail = <T>(problem: ValueProblem): ValueResult<T> => ({ ok: false, problem });

// Zero-width characters arrive with text pasted from web pages and would make equal names differ.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
// Exports put an apostrophe before a leading = + - @ so Excel does not run the cell as a formula.
const FORMULA_GUARD = /^'(?=[=+\-@])/;
const NEEDS_CLEANING = /[\u200b-\u200d\u2060\ufeff]|[^\S ]|\s\s|^\s|\s$|^'/;

/** A cell as clean text: NFC (macOS and some web forms send decomposed accents), single spaces, trimmed. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    const text = value.normalize("NFC");
    // Most cells are already clean; one test is cheaper than four rewrites on a 20.000-row file.
    if (!NEEDS_CLEANING.test(text)) return text;
    return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim().replace(FORMULA_GUARD, "");
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return formatDate(value);
}

// A bare year in a date column is a common habit ("Năm sinh: 1985"); as an Excel serial it would
// silently become a day in 1905, so it is refused with its own explanation.
const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** dd/mm/yyyy, d/m/yyyy, yyyy-mm-dd, an Excel serial or a Date → ISO yyyy-mm-dd. */
export function readDate(value: CellValue): ValueResult<string> {
  if (typeof value === "number") {
    if (isYear(value)) return fail("year_only");
    return orFail(parseDate(value), "invalid_date");
  }
  if (value instanceof Date) return orFail(parseDate(value), "invalid_date");
  const text = cellText(value);
  if (/^\d{4}$/.test(text) && isYear(Number(text))) return fail("year_only");
  return orFail(parseDate(text), "invalid_date");
}

const genderWords: Record<string, Gender> = {
  nam: "nam",
  "nam gioi": "nam",
  m: "nam",
  male: "nam",
  nu: "nu",
  "nu gioi": "nu",
  f: "nu",
  female: "nu",
  khac: "khac",
  other: "khac",
};

export function readGender(text: string): ValueResult<Gender> {
  return orFail(genderWords[searchable(text)], "invalid_gender");
}

const statusWords: Record<string, MemberStatus> = {
  "dang sinh hoat": "active",
  "sinh hoat": "active",
  "dang hoat dong": "active",
  active: "active",
  "da chuyen di": "left",
  "chuyen di": "left",
  "chuyen cong tac": "left",
  left: "left",
  "nghi huu": "retired",
  "da nghi huu": "retired",
  huu: "retired",
  retired: "retired",
};

export function readStatus(text: string): ValueResult<MemberStatus> {
  return orFail(statusWords[searchable(text)], "invalid_status");
}

/**
 * Vietnamese mobile numbers as 0xxxxxxxxx. Also takes +84 / 0084 / 84 prefixes and the 9 digits left
 * when Excel turned "0912345678" into the number 912345678.
 */
export function readPhone(value: CellValue): ValueResult<string> {
  const digits = cellText(value).replace(/[\s.\-()]/g, "");
  const national = digits.replace(/^(?:\+84|0084|84(?=\d{9}$))?0?/, "");
  return /^[35789]\d{8}$/.test(national) ? ok(`0${national}`) : fail("invalid_phone");
}

const emailSchema = z.email();

export function readEmail(text: string): ValueResult<string> {
  return text.length <= 254 && emailSchema.safeParse(text).success ? ok(text) : fail("invalid_email");
}

function orFail<T>(value: T | undefined, problem: ValueProblem): ValueResult<T> {
  return value === undefined ? fail(problem) : ok(value);
}
