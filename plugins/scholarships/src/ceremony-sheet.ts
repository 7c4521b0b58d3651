import { formatDate, formatMoney } from "@congdoan/core";
import { writeXlsx } from "@congdoan/xlsx";
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
  const widths = [5, 10, 26, 12, 6, 28, 26, 30, 18, 14, 10, 12, 14, 20, 14];
  return writeXlsx({
    name: "Danh sách nhận học bổng",
    title,
    header: rows[0]!,
    rows: rows.slice(1),
    columns: rows[0]!.map((_, i) => ({ width: widths[i] ?? 14 })),
  });
}
