import type { Locale } from "@congdoan/core";
import { BadRequestError } from "@congdoan/core";

export type FileProblem =
  | "utf16"
  | "not_utf8"
  | "replacement_chars"
  | "unterminated_quote"
  | "xlsx_as_csv"
  | "legacy_xls"
  | "not_xlsx";

const SAVE_AS_CSV_VI = "Trong Excel, chọn Lưu thành → “CSV UTF-8 (Comma delimited) (*.csv)” rồi tải lên lại.";
const SAVE_AS_CSV_EN = "In Excel, use Save As → “CSV UTF-8 (Comma delimited) (*.csv)” and upload it again.";

const texts: Record<FileProblem, Record<Locale, (row: number) => string>> = {
  utf16: {
    vi: () =>
      `Tệp CSV đang ở mã UTF-16 (Excel gọi là “Unicode Text”), hệ thống chỉ đọc mã UTF-8. ${SAVE_AS_CSV_VI}`,
    en: () => `The CSV file is UTF-16 (Excel's “Unicode Text”); only UTF-8 can be read. ${SAVE_AS_CSV_EN}`,
  },
  not_utf8: {
    vi: (row) =>
      `Tệp CSV không được lưu ở mã UTF-8 (lỗi đầu tiên ở dòng ${row}); có thể tệp đang ở mã Windows-1258, ` +
      `TCVN3 hoặc VNI nên chữ có dấu sẽ bị lỗi font. ${SAVE_AS_CSV_VI}`,
    en: (row) =>
      `The CSV file is not UTF-8 (first bad byte on row ${row}); it is probably Windows-1258, TCVN3 or VNI, ` +
      `which would garble Vietnamese letters. ${SAVE_AS_CSV_EN}`,
  },
  replacement_chars: {
    vi: (row) =>
      `Nội dung có ký tự không đọc được (�) ở dòng ${row}: tệp đã bị đọc sai bảng mã trước khi gửi lên. ` +
      "Hãy tải lên chính tệp CSV UTF-8.",
    en: (row) =>
      `The content has unreadable characters (�) on row ${row}: it was decoded with the wrong encoding ` +
      "before upload. Upload the UTF-8 CSV file itself.",
  },
  unterminated_quote: {
    vi: (row) =>
      `Dấu ngoặc kép (") mở ở dòng ${row} không được đóng, nên phần sau của tệp không đọc được. ` +
      "Hãy sửa ô đó hoặc lưu lại tệp từ Excel.",
    en: (row) =>
      `A double quote (") opened on row ${row} is never closed, so the rest of the file cannot be read. ` +
      "Fix that cell or save the file again from Excel.",
  },
  xlsx_as_csv: {
    vi: () => "Tệp này là bảng tính Excel (.xlsx), không phải CSV. Hãy tải lên với đuôi .xlsx.",
    en: () => "This file is an Excel workbook (.xlsx), not a CSV. Upload it as .xlsx.",
  },
  legacy_xls: {
    vi: () =>
      "Tệp Excel đời cũ (.xls) chưa được hỗ trợ. Trong Excel, chọn Lưu thành → “Excel Workbook (*.xlsx)” rồi tải lên lại.",
    en: () => "Old Excel files (.xls) are not supported. In Excel, use Save As → “Excel Workbook (*.xlsx)”.",
  },
  not_xlsx: {
    vi: () => "Không đọc được tệp Excel: tệp không phải .xlsx hợp lệ hoặc đã bị hỏng.",
    en: () => "The Excel file cannot be read: it is not a valid .xlsx or it is damaged.",
  },
};

/**
 * A file that cannot be read at all, as opposed to rows with bad values. It is a 400 through the API's
 * error mapper; the reason is already in the caller's language because the catalogue's
 * "error.badRequest" only carries a detail text.
 */
export class ImportFileError extends BadRequestError {
  constructor(
    readonly problem: FileProblem,
    locale: Locale,
    /** Sheet row the problem was found on, when there is one. */
    readonly row = 1,
  ) {
    super(texts[problem][locale](row));
    this.name = "ImportFileError";
  }

  /** The sentence for the user (without the generic "Bad request:" prefix the API adds). */
  get detail(): string {
    return String(this.params.detail);
  }
}
