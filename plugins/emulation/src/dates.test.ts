import { describe, expect, it } from "vitest";
import { readDateField } from "./dates";

describe("a typed date field", () => {
  it("tells an empty field from a readable date and from a wrong one", () => {
    expect(readDateField("")).toEqual({});
    expect(readDateField("30/09/2020")).toEqual({ iso: "2020-09-30" });
    expect(readDateField("30/13/2020")).toEqual({ invalid: true });
    expect(readDateField("12/31/2099")).toEqual({ invalid: true }); // month first is refused
  });
});
