/** Why a workbook could not be read; callers map the code to a message in the user's language. */
export type XlsxProblem = "not_zip" | "corrupt" | "unsupported" | "missing_part" | "too_large";

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    message: string,
  ) {
    super(message);
    this.name = "XlsxError";
  }
}
