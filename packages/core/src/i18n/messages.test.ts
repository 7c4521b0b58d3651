import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors";
import { translate } from "./messages";

describe("translate", () => {
  it("fills placeholders, leaving unknown ones visible", () => {
    expect(translate("vi", "error.tenantNotFound", { tenant: "ha-noi" })).toBe(
      "Không tìm thấy liên đoàn lao động có mã “ha-noi”.",
    );
    expect(translate("en", "error.tenantNotFound")).toBe("No federation with the code “{tenant}” exists.");
  });

  it("picks each language of a bilingual detail, and shows a plain one as it is", () => {
    const bilingual = new ConflictError({ vi: "quỹ đã hết tiền", en: "the fund is spent" });
    expect(translate("vi", bilingual.messageKey, bilingual.params)).toMatch(/: quỹ đã hết tiền$/);
    expect(translate("en", bilingual.messageKey, bilingual.params)).toMatch(/: the fund is spent$/);
    const plain = new ConflictError("mã 42");
    expect(translate("en", plain.messageKey, plain.params)).toMatch(/: mã 42$/);
  });
});
