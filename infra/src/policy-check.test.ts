import { describe, expect, it } from "vitest";
import { policyVariable, principalTenant } from "./iam-variables";
import { conditionsHold, iamPattern } from "./policy-check";

describe("policy-check (the model the isolation tests rely on)", () => {
  it("treats * and ? as wildcards and substituted variables as literal text", () => {
    const context = { "aws:PrincipalTag/TenantId": "a*" };
    const pattern = iamPattern(`T#${principalTenant}#*`, context, true);
    expect(pattern.test("T#a*#C#X")).toBe(true);
    expect(pattern.test("T#ab#C#X")).toBe(false);
  });

  it("matches IAM's escaped star as a literal star", () => {
    expect(iamPattern(`*${policyVariable("*")}*`, {}, true).test("x*y")).toBe(true);
    expect(iamPattern(`*${policyVariable("*")}*`, {}, true).test("xy")).toBe(false);
  });

  it("makes ForAllValues vacuously true, which a Null check closes", () => {
    const forAll = { "ForAllValues:StringLike": { k: ["a*"] } };
    expect(conditionsHold(forAll, {})).toBe(true);
    expect(conditionsHold({ ...forAll, Null: { k: "false" } }, {})).toBe(false);
    expect(conditionsHold({ ...forAll, Null: { k: "false" } }, { k: ["ab", "ac"] })).toBe(true);
    expect(conditionsHold({ ...forAll, Null: { k: "false" } }, { k: ["ab", "b"] })).toBe(false);
  });

  it("fails a condition whose variable is missing from the request", () => {
    expect(conditionsHold({ StringLike: { k: principalTenant } }, { k: "x" })).toBe(false);
  });
});
