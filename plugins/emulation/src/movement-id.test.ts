import { describe, expect, it } from "vitest";
import { copiedMovementId, movementId } from "./movement-id";

describe("a new movement's id", () => {
  it("names the period once, even when the name carries it", () => {
    expect(movementId("Thi đua “Dạy tốt – Học tốt” năm học 2026 – 2027", "2026-2027")).toBe(
      "thi-dua-day-tot-hoc-tot-2026-2027",
    );
    expect(movementId("Thi đua “Dạy tốt – Học tốt” năm học 2026 – 2027 (kiểm thử)", "2026-2027")).toBe(
      "thi-dua-day-tot-hoc-tot-kiem-thu-2026-2027",
    );
    expect(movementId("Dạy tốt 2026-2027", "2026-2027")).toBe("day-tot-2026-2027");
    expect(movementId("Nghị quyết Đại hội giai đoạn 2022 – 2025", "2022-2025")).toBe(
      "nghi-quyet-dai-hoi-2022-2025",
    );
    expect(movementId("Giỏi việc trường, đảm việc nhà", "2019-2020")).toBe(
      "gioi-viec-truong-dam-viec-nha-2019-2020",
    );
  });

  it("keeps other numbers of the name and stays a valid id", () => {
    expect(movementId("Phong trào 2 tốt", "2026-2027")).toBe("phong-trao-2-tot-2026-2027");
    expect(movementId("2026-2027", "2026-2027")).toBe("phong-trao-2026-2027");
    const long = movementId(`${"Thi đua ".repeat(20)}năm học 2026-2027`, "2026-2027");
    expect(long).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    expect(long.match(/2026-2027/g)).toHaveLength(1);
  });

  it("a copy carries the new period once", () => {
    expect(copiedMovementId("thi-dua-day-tot-hoc-tot-2026-2027", "2027-2028")).toBe(
      "thi-dua-day-tot-hoc-tot-2027-2028",
    );
    expect(copiedMovementId("thi-dua-2026-2027-kiem-thu-2026-2027", "2027-2028")).toBe(
      "thi-dua-kiem-thu-2027-2028",
    );
  });
});
