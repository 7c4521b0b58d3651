import { formatDate, formatMoney } from "@congdoan/core";
import ExcelJS from "exceljs";
import { categoryLabels, type Nomination } from "./model";

/** The ceremony list and payment sheet: one row per award, in unit order. Personal data: decide only. */
export function ceremonyRows(nominations: Nomination[], unitName: (id: string) => string): string[][] {
  const header = [
    "STT",
    "Mã hồ sơ",
    "Họ tên học sinh",
    "Ngày sinh",
    "Lớp",
    "Trường",
    "Con đoàn viên",
    "CĐCS",
    "Loại học bổng",
    "Số tiền",
    "Trạng thái",
    "Ngày nhận",
    "Hình thức",
    "Chứng từ / người nhận",
    "Ký nhận",
  ];
  const rows = nominations
    .filter((n) => n.status === "approved" || n.status === "paid")
    .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.pseudonym.localeCompare(b.pseudonym))
    .map((n, i) => [
      String(i + 1),
      n.pseudonym,
      n.child?.fullName ?? "(đã xoá)",
      n.child ? formatDate(n.child.dateOfBirth) : "",
      n.child?.grade ?? "",
      n.child?.school ?? "",
      n.parentName ?? "",
      unitName(n.unitId),
      categoryLabels[n.category].vi,
      formatMoney(n.amount),
      n.status === "paid" ? "Đã trao" : "Đã duyệt",
      n.payment ? formatDate(n.payment.paidOn) : "",
      n.payment ? (n.payment.method === "tien-mat" ? "Tiền mặt" : "Chuyển khoản") : "",
      n.payment?.reference ?? n.payment?.receivedBy ?? "",
      "",
    ]);
  return [header, ...rows];
}

export function toCsv(rows: string[][]): Uint8Array {
  const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = `\uFEFF${rows.map((r) => r.map(field).join(",")).join("\r\n")}\r\n`;
  return new TextEncoder().encode(text);
}

export async function toXlsx(title: string, rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách nhận học bổng");
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow(rows[0]!);
  header.font = { bold: true };
  for (const row of rows.slice(1)) sheet.addRow(row);
  sheet.columns.forEach((col, i) => {
    col.width = [5, 10, 26, 12, 6, 28, 26, 30, 18, 14, 10, 12, 14, 20, 14][i] ?? 14;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
