import { describe, expect, it } from "vitest";
import { composeDocumentTitle } from "./document-title";

describe("composeDocumentTitle", () => {
  it("puts the most specific part first and the product last", () => {
    expect(composeDocumentTitle(["Bảng công khai", "LĐLĐ Hà Nội"])).toBe(
      "Bảng công khai · LĐLĐ Hà Nội · Công Đoàn Số",
    );
  });

  it("skips empty parts and does not repeat the product name", () => {
    expect(composeDocumentTitle([undefined, "", "Công Đoàn Số"])).toBe("Công Đoàn Số");
    expect(composeDocumentTitle([])).toBe("Công Đoàn Số");
  });

  it("says a module's name once when its home page carries the same title", () => {
    expect(composeDocumentTitle(["Thi đua – Khen thưởng", "Thi đua – Khen thưởng", "LĐLĐ Hà Nội"])).toBe(
      "Thi đua – Khen thưởng · LĐLĐ Hà Nội · Công Đoàn Số",
    );
  });
});
