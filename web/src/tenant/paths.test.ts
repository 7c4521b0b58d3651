import { describe, expect, it } from "vitest";
import { visiblePages } from "./admin-pages";
import { safeNext, tenantHref } from "./paths";

describe("tenant links", () => {
  it("encodes segments and leaves empty query values out", () => {
    expect(tenantHref("ha-noi", "don-vi", ["tx thcs"])).toBe("/t/ha-noi/don-vi/tx%20thcs");
    expect(tenantHref("ha-noi", "doan-vien", [], { unitId: "ldld-phu-xuyen", q: undefined })).toBe(
      "/t/ha-noi/doan-vien?unitId=ldld-phu-xuyen",
    );
  });

  it("returns after login only to a page of the same tenant", () => {
    expect(safeNext("/t/ha-noi/don-vi?q=nhan", "ha-noi")).toBe("/t/ha-noi/don-vi?q=nhan");
    expect(safeNext("/t/ha-noi", "ha-noi")).toBe("/t/ha-noi");
    expect(safeNext("/t/dak-nong/don-vi", "ha-noi")).toBeUndefined();
    expect(safeNext("https://evil.example/t/ha-noi", "ha-noi")).toBeUndefined();
    expect(safeNext("/t/ha-noi//evil.example", "ha-noi")).toBeUndefined();
    expect(safeNext("/t/ha-noi-x/don-vi", "ha-noi")).toBeUndefined();
    expect(safeNext("/t/ha-noi/dang-nhap", "ha-noi")).toBeUndefined();
    expect(safeNext(null, "ha-noi")).toBeUndefined();
  });
});

describe("navigation by permission", () => {
  it("shows only the pages the user may open", () => {
    expect(visiblePages(["units.read", "tenant.read"]).map((p) => p.slug)).toEqual(["don-vi"]);
    expect(
      visiblePages(["units.read", "members.read", "users.manage", "audit.read", "modules.manage"]).map(
        (p) => p.slug,
      ),
    ).toEqual(["don-vi", "doan-vien", "tai-khoan", "nhat-ky", "cai-dat"]);
  });
});
