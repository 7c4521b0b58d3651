import type { Locale } from "@congdoan/core";
import { formatDate } from "@congdoan/core";
import { importKey } from "./import-key";
import {
  type Gender,
  type HeaderMapping,
  MAX_MEMBER_CODE_LENGTH,
  MAX_NAME_LENGTH,
  MAX_POSITION_LENGTH,
  type MemberField,
  type MemberImportRow,
  type MemberStatus,
  memberFieldLabels,
  memberFields,
} from "./member-row";
import { type ProblemParams, problemMessage, type RowProblem } from "./messages";
import type { CellValue } from "./table";
import { cellText, readDate, readEmail, readGender, readPhone, readStatus, type ValueResult } from "./values";

export interface ImportIssue {
  /** Sheet row number as Excel shows it: the header is row 1, the first data row 2. */
  row: number;
  field?: MemberField;
  code: RowProblem;
  message: string;
}

export interface RowReaderSettings {
  locale: Locale;
  mapping: HeaderMapping;
  knownUnitIds: ReadonlySet<string>;
  allowedUnitIds: ReadonlySet<string> | undefined;
  /** ISO dates: no join date after `today`, no birth after `latestBirth`. */
  today: string;
  latestBirth: string;
}

const OLDEST_BIRTH = "1900-01-01";
const fieldIndex = Object.fromEntries(memberFields.map((field, i) => [field, i])) as Record<
  MemberField,
  number
>;

/**
 * Reads data rows one after another. One instance per file: it remembers each member's first row to
 * report repeats, and caches gender/status words, of which a file has only a handful. Methods rather
 * than per-row closures keep a 20.000-row file from allocating ten functions a row.
 */
export class RowReader {
  private readonly columns: (number | undefined)[];
  private readonly columnNames: string[];
  private readonly firstRowOfKey = new Map<string, number>();
  private readonly genderWords = new Map<string, ValueResult<Gender>>();
  private readonly statusWords = new Map<string, ValueResult<MemberStatus>>();
  private cells: readonly CellValue[] = [];
  private readonly texts: string[] = memberFields.map(() => "");
  private row = 0;
  private issues: ImportIssue[] = [];
  /** Whether the last row read repeated an earlier member. */
  duplicate = false;

  constructor(private readonly settings: RowReaderSettings) {
    const { mapping, locale } = settings;
    this.columns = memberFields.map((field) => mapping.columns[field]);
    this.columnNames = memberFields.map(
      (field) => mapping.headerOf[field] ?? memberFieldLabels[field][locale],
    );
  }

  /** The member, or every problem of the row. */
  read(cells: readonly CellValue[], row: number): MemberImportRow | ImportIssue[] {
    this.cells = cells;
    this.row = row;
    this.issues = [];
    this.duplicate = false;
    for (let i = 0; i < memberFields.length; i++) this.texts[i] = cellText(this.raw(i));
    const { settings } = this;

    const memberCode = this.limited("memberCode", MAX_MEMBER_CODE_LENGTH, false);
    const fullName = this.limited("fullName", MAX_NAME_LENGTH, true);
    const gender = this.word("gender", this.genderWords, readGender, true);

    let dateOfBirth = this.date("dateOfBirth", true);
    if (dateOfBirth && (dateOfBirth < OLDEST_BIRTH || dateOfBirth > settings.latestBirth)) {
      this.report("dateOfBirth", "implausible_birth", { value: this.text("dateOfBirth") });
      dateOfBirth = undefined;
    }

    const unitText = this.text("unitId");
    const unitId = unitText.toLowerCase();
    let unitKnown = false;
    if (!unitText) this.report("unitId", "required");
    else if (!settings.knownUnitIds.has(unitId)) this.report("unitId", "unknown_unit", { value: unitText });
    else {
      unitKnown = true;
      if (settings.allowedUnitIds && !settings.allowedUnitIds.has(unitId)) {
        this.report("unitId", "unit_out_of_scope", { value: unitText });
      }
    }

    const position = this.limited("position", MAX_POSITION_LENGTH, false);
    const joinDate = this.date("joinDate", false);
    if (joinDate && (joinDate > settings.today || (dateOfBirth !== undefined && joinDate <= dateOfBirth))) {
      this.report("joinDate", "implausible_join", { value: this.text("joinDate") });
    }
    const status = this.word("status", this.statusWords, readStatus, false) ?? "active";
    const phone = this.text("phone")
      ? this.checked("phone", readPhone(this.raw(fieldIndex.phone)))
      : undefined;
    const emailText = this.text("email");
    const email = emailText ? this.checked("email", readEmail(emailText)) : undefined;

    // Rows with other errors still claim their key, so a repeat is reported even before they are fixed.
    if (memberCode || (fullName && dateOfBirth && unitKnown)) {
      this.claimKey(memberCode, fullName ?? "", dateOfBirth ?? "", unitId, unitText);
    }

    if (this.issues.length > 0 || !fullName || !gender || !dateOfBirth) return this.issues;
    const member: MemberImportRow = { fullName, gender, dateOfBirth, unitId, status };
    if (memberCode) member.memberCode = memberCode;
    if (position) member.position = position;
    if (joinDate) member.joinDate = joinDate;
    if (phone) member.phone = phone;
    if (email) member.email = email;
    return member;
  }

  private raw(index: number): CellValue {
    const column = this.columns[index];
    return column === undefined ? undefined : this.cells[column];
  }

  private text(field: MemberField): string {
    return this.texts[fieldIndex[field]]!;
  }

  private report(
    field: MemberField | undefined,
    code: RowProblem,
    params: Partial<ProblemParams> = {},
  ): void {
    const { row } = this;
    const column = field ? this.columnNames[fieldIndex[field]] : undefined;
    const message = problemMessage(this.settings.locale, code, { row, column, ...params });
    this.issues.push(field ? { row, field, code, message } : { row, code, message });
  }

  private checked<T>(field: MemberField, result: ValueResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.report(field, result.problem, { value: this.text(field) });
    return undefined;
  }

  private limited(field: MemberField, max: number, required: boolean): string | undefined {
    const value = this.text(field);
    if (!value) {
      if (required) this.report(field, "required");
      return undefined;
    }
    if (value.length > max) {
      this.report(field, "too_long", { max });
      return undefined;
    }
    return value;
  }

  private date(field: MemberField, required: boolean): string | undefined {
    if (!this.text(field)) {
      if (required) this.report(field, "required");
      return undefined;
    }
    return this.checked(field, readDate(this.raw(fieldIndex[field])));
  }

  private word<T>(
    field: MemberField,
    cache: Map<string, ValueResult<T>>,
    read: (text: string) => ValueResult<T>,
    required: boolean,
  ): T | undefined {
    const text = this.text(field);
    if (!text) {
      if (required) this.report(field, "required");
      return undefined;
    }
    let result = cache.get(text);
    if (!result) {
      result = read(text);
      cache.set(text, result);
    }
    return this.checked(field, result);
  }

  private claimKey(
    memberCode: string | undefined,
    fullName: string,
    dateOfBirth: string,
    unitId: string,
    unitText: string,
  ): void {
    const key = importKey({ memberCode, fullName, dateOfBirth, unitId });
    const firstRow = this.firstRowOfKey.get(key);
    if (firstRow === undefined) {
      this.firstRowOfKey.set(key, this.row);
      return;
    }
    this.duplicate = true;
    if (memberCode) this.report("memberCode", "duplicate_code", { value: memberCode, otherRow: firstRow });
    else {
      this.report(undefined, "duplicate_member", {
        name: fullName,
        birth: formatDate(dateOfBirth),
        value: unitText,
        otherRow: firstRow,
      });
    }
  }
}
