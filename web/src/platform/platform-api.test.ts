import { describe, expect, it } from "vitest";
import { platformPath } from "./platform-api";

describe("platformPath", () => {
  it("builds the platform API paths with encoded segments", () => {
    expect(platformPath()).toBe("/api/platform/tenants");
    expect(platformPath("lam-dong", "modules", "emulation")).toBe(
      "/api/platform/tenants/lam-dong/modules/emulation",
    );
    expect(platformPath("a/b")).toBe("/api/platform/tenants/a%2Fb");
  });
});
