import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { principalTenant } from "./iam-variables";
import { conditionsHold, type RequestContext } from "./policy-check";
import { testStacks } from "./test-support";

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, string | string[]>>;
  Principal?: unknown;
}

const actionsOf = (s: Statement) => [s.Action].flat();
const TENANT_TAG = "aws:PrincipalTag/TenantId";

describe("tenant isolation (IAM)", { timeout: 60_000 }, () => {
  let template: Template;
  let resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  const logicalId = (prefix: string, type: string) => {
    const id = Object.keys(resources).find((k) => k.startsWith(prefix) && resources[k]!.Type === type);
    if (!id) throw new Error(`no ${type} ${prefix}`);
    return id;
  };
  const policyOf = (roleId: string): Statement[] =>
    Object.values(resources)
      .filter((r) => r.Type === "AWS::IAM::Policy")
      .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const trustOf = (roleId: string): Statement[] =>
    (resources[roleId]!.Properties.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement;

  let apiRole: string;
  let tenantRole: string;
  let platformRole: string;

  beforeAll(() => {
    template = Template.fromStack(testStacks().api);
    resources = template.toJSON().Resources;
    apiRole = logicalId("ApiHandlerServiceRole", "AWS::IAM::Role");
    tenantRole = logicalId("IsolationTenantDataRole", "AWS::IAM::Role");
    platformRole = logicalId("IsolationPlatformRole", "AWS::IAM::Role");
  });

  describe("the API function's own role", () => {
    it("has no DynamoDB data action, only DescribeTable for the health check", () => {
      const dynamo = policyOf(apiRole)
        .flatMap(actionsOf)
        .filter((a) => a.startsWith("dynamodb:"));
      expect(dynamo).toEqual(["dynamodb:DescribeTable"]);
    });

    it("cannot touch uploaded files either", () => {
      expect(
        policyOf(apiRole)
          .flatMap(actionsOf)
          .filter((a) => a.startsWith("s3:")),
      ).toEqual([]);
    });

    it("may assume the tenant role with a session tag, and the platform role", () => {
      const sts = policyOf(apiRole).filter((s) => actionsOf(s).some((a) => a.startsWith("sts:")));
      expect(sts.map((s) => [actionsOf(s), s.Resource])).toEqual([
        [["sts:AssumeRole", "sts:TagSession"], { "Fn::GetAtt": [tenantRole, "Arn"] }],
        [["sts:AssumeRole"], { "Fn::GetAtt": [platformRole, "Arn"] }],
      ]);
    });

    it("passes both role ARNs to the handler", () => {
      template.hasResourceProperties("AWS::Lambda::Function", {
        Environment: {
          Variables: {
            TENANT_ROLE_ARN: { "Fn::GetAtt": [tenantRole, "Arn"] },
            PLATFORM_ROLE_ARN: { "Fn::GetAtt": [platformRole, "Arn"] },
          },
        },
      });
    });
  });

  describe("TenantDataRole", () => {
    const items = () => policyOf(tenantRole).find((s) => s.Sid === "TenantItemsOnly")!;

    it("trusts only the API role, and requires sts:TagSession with one TenantId tag", () => {
      const [trust, ...others] = trustOf(tenantRole);
      expect(others).toEqual([]);
      expect(trust!.Principal).toEqual({ AWS: { "Fn::GetAtt": [apiRole, "Arn"] } });
      expect(actionsOf(trust!).sort()).toEqual(["sts:AssumeRole", "sts:TagSession"]);
      expect(trust!.Condition?.StringLike).toEqual({ "aws:RequestTag/TenantId": "??*" });
      expect(trust!.Condition?.["ForAllValues:StringEquals"]).toEqual({ "aws:TagKeys": ["TenantId"] });
    });

    it("refuses session tags that would bend the key and path patterns", () => {
      const trust = trustOf(tenantRole)[0]!;
      const allowed = (tags: Record<string, string>) =>
        conditionsHold(trust.Condition, {
          ...Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
          "aws:TagKeys": Object.keys(tags),
        });
      expect(allowed({ TenantId: "ha-noi" })).toBe(true);
      for (const bad of ["a#b", "ha-noi/x", "*", "ha*", "a?", "x", "ha noi", "$x"]) {
        expect(allowed({ TenantId: bad }), bad).toBe(false);
      }
      expect(allowed({})).toBe(false);
      expect(allowed({ TenantId: "ha-noi", Role: "admin" })).toBe(false);
    });

    it("limits item actions on the table AND on index/gsi1 by LeadingKeys with the principal tag", () => {
      const s = items();
      expect(s.Condition).toEqual({
        "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`T#${principalTenant}#*`] },
        Null: { "dynamodb:LeadingKeys": "false" },
      });
      const arns = [s.Resource].flat().map((r) => JSON.stringify(r));
      expect(arns).toHaveLength(2);
      expect(arns.filter((a) => a.endsWith('"/index/gsi1"]]}'))).toHaveLength(1);
      expect(arns.filter((a) => a.includes(":table/") && !a.includes("index"))).toHaveLength(1);
    });

    it("grants item actions only: no Scan, no wildcard, no table management", () => {
      const all = policyOf(tenantRole).flatMap(actionsOf);
      expect(all.filter((a) => a.startsWith("dynamodb:")).sort()).toEqual([
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DeleteItem",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
        "dynamodb:UpdateItem",
      ]);
      expect(all.some((a) => a.includes("*"))).toBe(false);
    });

    it("keeps a session inside its own tenant, whatever key the code builds", () => {
      const allowed = (tag: string, keys: string[]) =>
        conditionsHold(items().Condition, { [TENANT_TAG]: tag, "dynamodb:LeadingKeys": keys });
      expect(allowed("ha-noi", ["T#ha-noi#C#MEMBERS"])).toBe(true);
      expect(allowed("ha-noi", ["T#ha-noi#M#emulation#SCORES"])).toBe(true);
      expect(allowed("ha-noi", ["T#dak-nong#C#MEMBERS"])).toBe(false);
      // A tenant whose slug extends another's is still another tenant.
      expect(allowed("ha-noi", ["T#ha-noi-2#C#MEMBERS"])).toBe(false);
      expect(allowed("ha-noi", ["P#TENANTS"])).toBe(false);
      // BatchGetItem/BatchWriteItem: one foreign key refuses the whole request.
      expect(allowed("ha-noi", ["T#ha-noi#C#A", "T#dak-nong#C#A"])).toBe(false);
      expect(allowed("ha-noi", [])).toBe(false);
    });

    it("reaches files only under t/<TenantId>/ and tmp/<TenantId>/", () => {
      const files = policyOf(tenantRole).find((s) => s.Sid === "TenantFilesOnly")!;
      expect(actionsOf(files).sort()).toEqual(["s3:DeleteObject", "s3:GetObject", "s3:PutObject"]);
      const suffixes = [files.Resource]
        .flat()
        .map((r) => (r as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1].at(-1));
      expect(suffixes).toEqual([`/t/${principalTenant}/*`, `/tmp/${principalTenant}/*`]);
    });
  });

  describe("PlatformRole", () => {
    const statements = () => policyOf(platformRole);
    const allowed = (action: string, keys: string[]) =>
      statements().some(
        (s) =>
          actionsOf(s).includes(action) &&
          conditionsHold(s.Condition, { "dynamodb:LeadingKeys": keys } as RequestContext),
      );

    it("trusts only the API role, without session tags", () => {
      expect(trustOf(platformRole)).toEqual([
        { Action: "sts:AssumeRole", Effect: "Allow", Principal: { AWS: { "Fn::GetAtt": [apiRole, "Arn"] } } },
      ]);
    });

    it("uses the platform partition and writes tenant records, nothing inside a tenant", () => {
      expect(statements().map((s) => s.Condition?.["ForAllValues:StringLike"])).toEqual([
        { "dynamodb:LeadingKeys": ["P#*"] },
        { "dynamodb:LeadingKeys": ["T#*#C#TENANT"] },
      ]);
      expect(allowed("dynamodb:Query", ["P#TENANTS"])).toBe(true);
      // TenantRegistry.create: tenant record + summary in one transaction.
      expect(allowed("dynamodb:PutItem", ["T#ha-noi#C#TENANT"])).toBe(true);
      expect(allowed("dynamodb:PutItem", ["P#TENANTS"])).toBe(true);
      expect(allowed("dynamodb:Query", ["T#ha-noi#C#TENANT"])).toBe(false);
      expect(allowed("dynamodb:DeleteItem", ["T#ha-noi#C#TENANT"])).toBe(false);
      expect(allowed("dynamodb:GetItem", ["T#ha-noi#C#MEMBERS"])).toBe(false);
      expect(allowed("dynamodb:PutItem", ["T#ha-noi#C#TENANTS"])).toBe(false);
    });

    it("never touches the index or the files", () => {
      const text = JSON.stringify(statements());
      expect(text).not.toContain("index");
      expect(text).not.toContain("s3:");
    });
  });
});
