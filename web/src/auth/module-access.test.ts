import { describe, expect, it } from "vitest";
import { holdsModulePermission } from "./module-access";

describe("which modules a user is offered", () => {
  const member = ["members.read.self", "emulation.read", "emulation.initiative"];

  it("offers a module when the user holds one of its permissions", () => {
    expect(holdsModulePermission(member, "emulation")).toBe(true);
  });

  it("does not offer a module the user holds nothing of, nor one whose id only starts alike", () => {
    expect(holdsModulePermission(member, "scholarships")).toBe(false);
    expect(holdsModulePermission(["emulation-extra.read"], "emulation")).toBe(false);
    expect(holdsModulePermission([], "emulation")).toBe(false);
  });
});
