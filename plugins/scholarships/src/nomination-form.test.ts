import { describe, expect, it } from "vitest";
import {
  charCount,
  checkNomination,
  emptyNomination,
  type NominationValues,
  quotaLines,
  requiredFields,
} from "../web/nomination-form-state";
import { readDate } from "../web/text";
import { ChildSchema } from "./model";

const filled: NominationValues = {
  ...emptyNomination("cdcs-a"),
  memberId: "m-1",
  "child.fullName": "Nguyễn Minh Khôi",
  "child.dateOfBirth": "14/02/2013",
  "child.school": "Trường THCS Nhân Chính",
  "child.grade": "8A2",
  "child.average": "9,4",
};

describe("nomination form, without a browser", () => {
  it("chooses no parent by itself", () => {
    expect(emptyNomination("cdcs-a").memberId).toBeUndefined();
    expect(checkNomination(emptyNomination("cdcs-a"), [], "vi").errors.memberId).toBe(
      "Chọn cha/mẹ của cháu trong danh sách đoàn viên của CĐCS",
    );
  });

  it("reports every missing required field at once, not only the date", () => {
    const { errors, body } = checkNomination({}, [], "vi");
    expect(body).toBeUndefined();
    for (const field of requiredFields) expect(errors[field], field).toBeTruthy();
    expect(errors["child.fullName"]).toBe("Nhập họ tên của cháu");
    expect(errors["child.school"]).toBe("Nhập tên trường");
    expect(errors["child.grade"]).toBe("Nhập lớp");
    expect(errors["child.dateOfBirth"]).toBe("Bắt buộc");
  });

  it("tells a day that does not exist from a date written the wrong way", () => {
    expect(readDate("31/02/2015")).toEqual({ problem: "impossible" });
    expect(readDate("2015-02-28")).toEqual({ problem: "format" });
    expect(readDate("29/02/2016")).toEqual({ iso: "2016-02-29" });
    const at = (date: string, locale: "vi" | "en" = "vi") =>
      checkNomination({ ...filled, "child.dateOfBirth": date }, [], locale).errors["child.dateOfBirth"];
    expect(at("31/02/2015")).toBe("Ngày 31/02/2015 không có thật");
    expect(at("31/02/2015", "en")).toBe("31/02/2015 is not a real date");
    expect(at("2015/02/28")).toBe("Ngày có dạng dd/mm/yyyy");
  });

  it("says what the server says about lengths: a one-letter school, 20.000 characters of achievements", () => {
    const school = checkNomination({ ...filled, "child.school": "X" }, [], "vi").errors["child.school"];
    expect(school).toBe("Tên trường cần ít nhất 2 ký tự");
    const serverSays = ChildSchema.safeParse({
      fullName: "Nguyễn Minh Khôi",
      dateOfBirth: "2013-02-14",
      school: "X",
      grade: "8A2",
      schoolLevel: "thcs",
    });
    expect(serverSays.error?.issues[0]?.message).toBe(school);
    const long = "a".repeat(20_000);
    expect(
      checkNomination({ ...filled, "child.achievements": long }, [], "vi").errors["child.achievements"],
    ).toMatch(/^Thành tích dài tối đa 1\.000 ký tự/);
    expect(charCount(long.slice(0, 1000), 1000, "vi")).toBe("1.000/1.000 ký tự");
  });

  it("refuses a mark outside 0–10 and sends the Vietnamese decimal comma as a number", () => {
    expect(checkNomination({ ...filled, "child.average": "11" }, [], "vi").errors["child.average"]).toBe(
      "Điểm từ 0 đến 10, ví dụ 8,5",
    );
    const { errors, body } = checkNomination(filled, ["k1"], "vi");
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      unitId: "cdcs-a",
      memberId: "m-1",
      child: { dateOfBirth: "2013-02-14", average: 9.4, school: "Trường THCS Nhân Chính" },
      evidenceKeys: ["k1"],
    });
  });

  it("shows a unit over its quota, and warns before the first file over it", () => {
    expect(quotaLines({ quota: 2, nominated: 3, approved: 0 }, "vi")).toEqual({
      line: "Chỉ tiêu của CĐCS: 2 · 3 đã đề cử · 0 đã duyệt",
      overQuota: "3/2 — vượt chỉ tiêu, chỉ 2 được duyệt",
    });
    expect(quotaLines({ quota: 2, nominated: 2, approved: 1 }, "vi").atQuota).toBe(
      "Đã đề cử đủ 2/2: hồ sơ thêm vượt chỉ tiêu, chỉ 2 được duyệt",
    );
    expect(quotaLines({ quota: 2, nominated: 3, approved: 0 }, "en").overQuota).toBe(
      "3/2 — over the quota, only 2 can be approved",
    );
    expect(quotaLines({ quota: null, nominated: 3, approved: 0 }, "vi")).toEqual({
      line: "Chỉ tiêu của CĐCS: không giới hạn · 3 đã đề cử · 0 đã duyệt",
    });
  });
});
