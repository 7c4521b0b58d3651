import { describe, expect, it } from "vitest";
import { en } from "./en";
import { interpolate, translate } from "./translate";
import { vi } from "./vi";

describe("translate", () => {
  it("uses the requested locale when the key exists", () => {
    expect(translate("vi", "skip.toMain")).toBe("Bỏ qua điều hướng");
    expect(translate("en", "skip.toMain")).toBe("Skip navigation");
  });

  it("falls back to Vietnamese when an English key is missing", () => {
    const dicts = { vi, en: { "nav.home": "Home" } };
    expect(translate("en", "nav.home", undefined, dicts)).toBe("Home");
    expect(translate("en", "portal.empty", undefined, dicts)).toBe("Chưa có bảng số liệu công khai nào.");
  });

  it("falls back to the key when no dictionary has it", () => {
    const dicts = { vi: {}, en: {} };
    expect(translate("en", "portal.empty", undefined, dicts)).toBe("portal.empty");
  });

  it("interpolates placeholders", () => {
    expect(translate("vi", "tenant.welcome.title", { name: "LĐLĐ Hà Nội" })).toBe(
      "Chào mừng đến với LĐLĐ Hà Nội",
    );
    expect(interpolate("{a} và {b}", { a: 1 })).toBe("1 và {b}");
  });

  it("has no empty strings in either dictionary", () => {
    for (const value of [...Object.values(vi), ...Object.values(en)]) expect(value.trim()).not.toBe("");
  });
});
