import { ArnPrincipal, type IRole, PolicyStatement, Role, SessionTagsPrincipal } from "aws-cdk-lib/aws-iam";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import type { ActiveTable } from "./active-table";
import { policyVariable, principalTenant } from "./iam-variables";
import { acknowledgeWildcards } from "./nag";
import { uploadPrefixes } from "./uploads-bucket";

/** Session tag the API sets when it assumes the tenant role (packages/db/src/credentials). */
export const TENANT_TAG = "TenantId";

/** Every key of a tenant starts `T#<tenant>#` (packages/db/src/keys.ts), gsi1pk included. */
export const tenantLeadingKeys = `T#${principalTenant}#*`;
/** Platform items (the tenant list) live under `P#…`. */
export const platformLeadingKeys = "P#*";
/**
 * The tenant record itself: `T#<tenant>#C#TENANT` (packages/db/src/tenants.ts). IAM's `*` also
 * spans `#`, so a plugin partition whose last parts were `C#TENANT` would match too; plugins get
 * their keys from the SDK under `M#<plugin>#…` and the platform role runs host code only.
 */
export const tenantRecordLeadingKeys = "T#*#C#TENANT";

/**
 * Item actions only. Scan is absent on purpose: it reads every partition and LeadingKeys cannot
 * narrow it. TransactWriteItems/TransactGetItems need no grant of their own: DynamoDB authorises
 * each item of a transaction as the matching PutItem/UpdateItem/DeleteItem/ConditionCheckItem/GetItem.
 */
export const tenantItemActions = [
  "dynamodb:GetItem",
  "dynamodb:BatchGetItem",
  "dynamodb:Query",
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
  "dynamodb:DeleteItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
];

/**
 * `ForAllValues` is true when the request carries no leading keys at all, so also require that it
 * carries some; every item action does, which leaves no way around the prefix check.
 */
function leadingKeysCondition(patterns: string[]) {
  return {
    "ForAllValues:StringLike": { "dynamodb:LeadingKeys": patterns },
    Null: { "dynamodb:LeadingKeys": "false" },
  };
}

export interface TenantRolesProps {
  /** The API Lambda's execution role: the only principal allowed to assume these roles. */
  readonly apiRole: IRole;
  readonly table: ActiveTable;
  readonly uploads: IBucket;
}

/**
 * Tenant isolation below the code. The API Lambda's own role cannot read the table; per request it
 * assumes TenantDataRole with a `TenantId` session tag, and that role can only reach items whose
 * partition key starts with `T#<tag>#` and objects under `t/<tag>/` and `tmp/<tag>/`.
 *
 * LeadingKeys and indexes: the condition key is the partition-key value named in the request (AWS,
 * DynamoDB Developer Guide, "Using IAM policy conditions for fine-grained access control": "the
 * first key attribute … in other words, the partition key"; its example 5 applies one LeadingKeys
 * condition to a table ARN and its index ARN together). A Query on an index can only name the
 * index's partition key (the Query API requires "the index partition key name and value as an EQ
 * condition"), so on `index/gsi1` the condition checks gsi1pk, which our key builder prefixes with
 * the tenant like pk. Verified against the documentation only; DEPLOY.md has the live smoke test.
 */
export class TenantRoles extends Construct {
  readonly tenantRole: Role;
  readonly platformRole: Role;

  constructor(scope: Construct, id: string, props: TenantRolesProps) {
    super(scope, id);
    const api = new ArnPrincipal(props.apiRole.roleArn);

    this.tenantRole = new Role(this, "TenantDataRole", {
      // ASCII only: IAM descriptions reject most Vietnamese letters.
      description: "Cong Doan So: one tenant's items and files, chosen by the TenantId session tag",
      assumedBy: new SessionTagsPrincipal(api.withConditions(tenantTagConditions())),
    });
    this.tenantRole.addToPolicy(
      new PolicyStatement({
        sid: "TenantItemsOnly",
        actions: tenantItemActions,
        resources: [props.table.tableArn, props.table.indexArn],
        conditions: leadingKeysCondition([tenantLeadingKeys]),
      }),
    );
    this.tenantRole.addToPolicy(
      new PolicyStatement({
        sid: "TenantFilesOnly",
        actions: ["s3:PutObject", "s3:GetObject", "s3:DeleteObject"],
        resources: [
          props.uploads.arnForObjects(`${uploadPrefixes.kept}${principalTenant}/*`),
          props.uploads.arnForObjects(`${uploadPrefixes.pending}${principalTenant}/*`),
        ],
      }),
    );

    this.platformRole = new Role(this, "PlatformRole", {
      description: "Cong Doan So: the tenant list and tenant records, nothing inside a tenant",
      assumedBy: api,
    });
    this.platformRole.addToPolicy(
      new PolicyStatement({
        sid: "PlatformItems",
        actions: [
          "dynamodb:GetItem",
          "dynamodb:Query",
          "dynamodb:PutItem",
          "dynamodb:UpdateItem",
          "dynamodb:DeleteItem",
        ],
        resources: [props.table.tableArn],
        conditions: leadingKeysCondition([platformLeadingKeys]),
      }),
    );
    // Creating or updating a tenant writes its record and its `P#TENANTS` summary in ONE
    // transaction (TenantRegistry.create/update), and a transaction is signed by one principal.
    // So this role may also write tenant records, and only those: no Query (it cannot list a
    // tenant's members), no Delete, and no key below `C#TENANT`.
    this.platformRole.addToPolicy(
      new PolicyStatement({
        sid: "TenantRecords",
        actions: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:ConditionCheckItem"],
        resources: [props.table.tableArn],
        conditions: leadingKeysCondition([tenantRecordLeadingKeys]),
      }),
    );

    acknowledgeWildcards(
      this.tenantRole,
      [/^Resource::<UploadsBucket[A-F0-9]*\.Arn>\/(t|tmp)\/<aws:PrincipalTag\/TenantId>\/\*$/],
      "Objects under the session's own tenant prefix only: the wildcard is the file name below t/<TenantId>/ or tmp/<TenantId>/, and TenantId is a session tag set by the API and checked by the trust policy.",
    );

    props.apiRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "AssumeTenantRole",
        actions: ["sts:AssumeRole", "sts:TagSession"],
        resources: [this.tenantRole.roleArn],
      }),
    );
    props.apiRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: "AssumePlatformRole",
        actions: ["sts:AssumeRole"],
        resources: [this.platformRole.roleArn],
      }),
    );
  }
}

/**
 * The API must tag every tenant session with exactly one `TenantId`, and the value must be usable
 * inside the key and path patterns above. IAM has no regular expressions, so the slug rule itself
 * (`^[a-z0-9]+(-[a-z0-9]+)*$`) is enforced by the credential cache before it calls STS; here IAM
 * refuses what would change a pattern's meaning: separators, wildcards, `$`, blanks, too short.
 */
function tenantTagConditions() {
  const requestTag = `aws:RequestTag/${TENANT_TAG}`;
  return {
    StringLike: { [requestTag]: "??*" },
    StringNotLike: {
      [requestTag]: [
        "*#*",
        "*/*",
        "* *",
        `*${policyVariable("*")}*`,
        `*${policyVariable("?")}*`,
        `*${policyVariable("$")}*`,
      ],
    },
    "ForAllValues:StringEquals": { "aws:TagKeys": [TENANT_TAG] },
  };
}
