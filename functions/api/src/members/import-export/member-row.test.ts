import { describe, expect, it } from "vitest";
import { headerKey, mapHeaders, memberImportRowSchema } from "./member-row";
import { sampleMembers } from "./sample-members";

describe("mapHeaders", () => {
  it("matches Vietnamese and English headers regardless of accents, case, hints and punctuation", () => {
    const mapping = mapHeaders([
      "STT",
      "HO TEN",
      "Giới Tính",
      "Ngày sinh (dd/mm/yyyy)",
      "mã cđcs",
      "Chức vụ",
      "Ngày vào CĐ",
      "Tình trạng",
      "SĐT",
      "E-mail",
      "Mã ĐV",
      "Ghi chú",
    ]);
    expect(mapping.columns).toEqual({
      fullName: 1,
      gender: 2,
      dateOfBirth: 3,
      unitId: 4,
      position: 5,
      joinDate: 6,
      status: 7,
      phone: 8,
      email: 9,
      memberCode: 10,
    });
    expect(mapping.headerOf.dateOfBirth).toBe("Ngày sinh (dd/mm/yyyy)");
    expect(mapping.missing).toEqual([]);
    expect(mapping.ignored).toEqual(["STT", "Ghi chú"]);
  });

  it("reads English exports", () => {
    const mapping = mapHeaders(["Full name", "Gender", "Date of birth", "Unit code", "Member code"]);
    expect(mapping.missing).toEqual([]);
    expect(mapping.columns.memberCode).toBe(4);
  });

  it("prefers the unit id column over a unit-name column, whichever comes first", () => {
    const mapping = mapHeaders(["Họ và tên", "Đơn vị", "Giới tính", "Ngày sinh", "Mã CĐCS"]);
    expect(mapping.columns.unitId).toBe(4);
    expect(mapping.ignored).toEqual(["Đơn vị"]);
  });

  it("lists the required columns a file lacks", () => {
    expect(mapHeaders(["Họ và tên", "Email"]).missing).toEqual(["gender", "dateOfBirth", "unitId"]);
  });

  it("normalises decomposed (NFD) headers", () => {
    expect(headerKey("Họ và tên".normalize("NFD"))).toBe("hovaten");
    expect(mapHeaders(["Họ và tên".normalize("NFD")]).columns.fullName).toBe(0);
  });
});

describe("memberImportRowSchema", () => {
  it("accepts generated members and defaults the status", () => {
    for (const member of sampleMembers(50, { withCodes: true })) {
      expect(memberImportRowSchema.parse(member)).toEqual(member);
    }
    const { status, ...withoutStatus } = sampleMembers(1)[0]!;
    expect(status).toBeDefined();
    expect(memberImportRowSchema.parse(withoutStatus).status).toBe("active");
  });

  it("rejects raw, uncleaned values", () => {
    const base = sampleMembers(1)[0]!;
    expect(memberImportRowSchema.safeParse({ ...base, gender: "Nữ" }).success).toBe(false);
    expect(memberImportRowSchema.safeParse({ ...base, dateOfBirth: "15/03/1985" }).success).toBe(false);
    expect(memberImportRowSchema.safeParse({ ...base, phone: "+84912345678" }).success).toBe(false);
    expect(memberImportRowSchema.safeParse({ ...base, email: "hoa@" }).success).toBe(false);
  });
});
