import { describe, expect, it } from "vitest";
import { exportHeaders, memberToCells } from "./export";
import { type MemberField, memberFields } from "./member-row";
import type { RowProblem } from "./messages";
import { parseCsv } from "./parse-csv";
import { previewImport } from "./preview";
import { sampleMembers, sampleUnitIds } from "./sample-members";
import { writeCsv } from "./write-csv";

const col = (field: MemberField) => memberFields.indexOf(field);

describe("a 5.000-row file with exactly 20 bad rows", () => {
  it("lists exactly those 20 rows with their reasons and keeps the other 4.980 members", () => {
    const members = sampleMembers(5000, { withCodes: true });
    const rows = members.map((member) => memberToCells(member));
    const cells = (row: number) => rows[row - 2]!;
    const set = (row: number, field: MemberField, value: string) => {
      cells(row)[col(field)] = value;
    };

    // Sheet row → the problems it must report, in column order.
    const expected = new Map<number, RowProblem[]>();
    const bad = (row: number, problems: RowProblem[], change: () => void) => {
      change();
      expected.set(row, problems);
    };
    bad(7, ["invalid_date"], () => set(7, "dateOfBirth", "31/02/1985"));
    bad(9, ["required"], () => set(9, "fullName", ""));
    bad(12, ["unknown_unit"], () => set(12, "unitId", "abc"));
    bad(15, ["unit_out_of_scope"], () => set(15, "unitId", "px-thcs-phu-xuyen"));
    bad(101, ["duplicate_code"], () => rows.splice(99, 1, [...cells(100)]));
    bad(250, ["invalid_phone"], () => set(250, "phone", "12345"));
    bad(333, ["invalid_email"], () => set(333, "email", "hoa@"));
    bad(480, ["invalid_gender"], () => set(480, "gender", "X"));
    bad(777, ["invalid_status"], () => set(777, "status", "Tạm nghỉ"));
    bad(1000, ["year_only"], () => set(1000, "dateOfBirth", "1985"));
    bad(1234, ["implausible_join"], () => set(1234, "joinDate", "01/01/2099"));
    bad(1500, ["required"], () => set(1500, "dateOfBirth", ""));
    bad(1999, ["required"], () => set(1999, "gender", ""));
    bad(2048, ["required"], () => set(2048, "unitId", ""));
    bad(2500, ["invalid_date", "invalid_email"], () => {
      set(2500, "dateOfBirth", "32/01/1980");
      set(2500, "email", "hoa nt@hanoiedu.vn");
    });
    bad(3000, ["implausible_birth"], () => set(3000, "dateOfBirth", "01/01/2020"));
    bad(3456, ["implausible_join"], () => set(3456, "joinDate", "01/01/1950"));
    bad(4000, ["duplicate_code"], () => set(4000, "memberCode", members[3997]!.memberCode!));
    bad(4500, ["too_long"], () => set(4500, "fullName", "Nguyễn ".repeat(30)));
    bad(5001, ["invalid_date"], () => set(5001, "dateOfBirth", "15/13/1990"));
    expect(expected.size).toBe(20);

    // The form Vietnamese Excel saves: ";" delimiter and a BOM.
    const bytes = new TextEncoder().encode(
      `\uFEFF${writeCsv([exportHeaders(), ...rows], { delimiter: ";" })}`,
    );
    const table = parseCsv(bytes);
    expect(table.delimiter).toBe(";");
    const result = previewImport({
      ...table,
      knownUnitIds: new Set([...sampleUnitIds, "px-thcs-phu-xuyen"]),
      allowedUnitIds: new Set(sampleUnitIds),
      today: "2025-06-01",
    });

    const badRows = [...expected.keys()].sort((a, b) => a - b);
    expect(result.dataRows).toBe(5000);
    expect(result.badRows).toEqual(badRows);
    expect(result.valid).toHaveLength(4980);
    expect(result.duplicatesInFile).toBe(2);
    for (const row of badRows) {
      const found = result.errors.filter((error) => error.row === row);
      expect(
        found.map((error) => error.code),
        `row ${row}`,
      ).toEqual(expected.get(row));
      for (const error of found) expect(error.message.startsWith(`Dòng ${row}: `)).toBe(true);
    }
    expect(result.errors).toHaveLength(21);
    const messageOf = (row: number) => result.errors.find((error) => error.row === row)!.message;
    expect(messageOf(7)).toBe('Dòng 7: "Ngày sinh" “31/02/1985” không phải ngày hợp lệ (dd/mm/yyyy).');
    expect(messageOf(9)).toBe('Dòng 9: thiếu "Họ và tên".');
    expect(messageOf(12)).toBe("Dòng 12: mã đơn vị “abc” không có trong cây tổ chức.");
    expect(messageOf(15)).toBe("Dòng 15: đơn vị “px-thcs-phu-xuyen” nằm ngoài phạm vi quyền của bạn.");
    expect(messageOf(101)).toBe(
      `Dòng 101: "Mã đoàn viên" “${members[98]!.memberCode}” trùng với dòng 100 trong cùng tệp.`,
    );
    expect(messageOf(4000)).toBe(
      `Dòng 4000: "Mã đoàn viên" “${members[3997]!.memberCode}” trùng với dòng 3999 trong cùng tệp.`,
    );

    // The good rows come through unchanged and in order.
    const untouched = members.filter((_, index) => !expected.has(index + 2));
    expect(result.valid).toEqual(untouched);
    expect(result.validRows).toEqual(untouched.map((member) => members.indexOf(member) + 2));
  });
});
