/** Headers of the import template, in the order the server's export uses. */
export const TEMPLATE_HEADERS = [
  "Mã đoàn viên",
  "Họ và tên",
  "Giới tính",
  "Ngày sinh",
  "Mã đơn vị",
  "Chức vụ",
  "Ngày vào công đoàn",
  "Trạng thái",
  "Điện thoại",
  "Email",
] as const;

export const TEMPLATE_FILE_NAME = "mau-nhap-doan-vien.csv";

/**
 * The CSV template: a UTF-8 byte-order mark (so Excel shows the accents) and the header row, CRLF.
 * No sample row: a forgotten example would be imported as a real member.
 */
export function memberTemplateCsv(): string {
  return `\uFEFF${TEMPLATE_HEADERS.join(",")}\r\n`;
}
