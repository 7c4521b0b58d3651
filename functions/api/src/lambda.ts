import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { STSClient } from "@aws-sdk/client-sts";
import {
  createDb,
  localDbFactory,
  platformDbFactory,
  RoleSession,
  scopedDbFactory,
  TenantCredentialCache,
} from "@congdoan/db";
import { handle } from "hono/aws-lambda";
import { createApp } from "./app";
import type { DataAccess } from "./data-access";
import { s3FileStore } from "./files/s3-file-store";
import { loadSigningKeys } from "./identity/signing-keys";
import type { JwtKeys } from "./identity/tokens";
import { s3UploadOrigin } from "./middleware/security-headers";
import { registeredPlugins } from "./plugin-host/registry";

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error("TABLE_NAME is not set");

/**
 * The JWT keys: from Secrets Manager in the cloud (JWT_SECRET_ARN), AWSCURRENT to sign and AWSPREVIOUS
 * to keep verifying tokens issued before a rotation; or JWT_SECRET for a manual run.
 */
async function signingKeys(): Promise<JwtKeys> {
  const arn = process.env.JWT_SECRET_ARN;
  if (!arn)
    return loadSigningKeys(async (stage) => (stage === "AWSCURRENT" ? process.env.JWT_SECRET : undefined));
  const client = new SecretsManagerClient({});
  return loadSigningKeys(async (stage) => {
    try {
      return (await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage })))
        .SecretString;
    } catch (error) {
      // No AWSPREVIOUS before the first rotation; anything else (access, throttling) must not be hidden.
      if (stage === "AWSPREVIOUS" && (error as Error).name === "ResourceNotFoundException") return undefined;
      throw error;
    }
  });
}

/**
 * Per-tenant table access with credentials IAM limits to the tenant's keys; the function's own role
 * only describes the table (health check) and assumes these roles.
 */
function dataAccess(cache: TenantCredentialCache | undefined): DataAccess | undefined {
  const platformRole = process.env.PLATFORM_ROLE_ARN;
  if (!cache || !platformRole) return undefined;
  const sts = new STSClient({});
  return {
    forTenant: scopedDbFactory({ tableName: tableName!, cache }),
    platform: platformDbFactory({
      tableName: tableName!,
      session: new RoleSession({ sts, roleArn: platformRole, sessionName: "platform" }),
    }),
  };
}

/** Built once per Lambda container (top-level await in the ESM bundle), reused by every invocation. */
// DYNAMODB_ENDPOINT only for running this handler against DynamoDB Local (tests, local debugging).
const endpoint = process.env.DYNAMODB_ENDPOINT;
const base = createDb({ tableName, ...(endpoint ? { endpoint } : {}) });
const tenantRole = process.env.TENANT_ROLE_ARN;
const credentials = tenantRole
  ? new TenantCredentialCache({ sts: new STSClient({}), roleArn: tenantRole })
  : undefined;
const data = dataAccess(credentials) ?? { forTenant: localDbFactory(base), platform: localDbFactory(base) };
const bucket = process.env.UPLOADS_BUCKET;
// Set by the Lambda runtime; forms and the CSP name the bucket's regional endpoint.
const region = process.env.AWS_REGION ?? "ap-southeast-1";
const files =
  bucket && credentials
    ? (tenant: string, plugin: string) =>
        s3FileStore({
          bucket,
          region,
          tenant,
          plugin,
          // Presigned POSTs are signed with this session too, so IAM's tmp/<tenant>/ limit applies.
          credentials: () => credentials.credentialsFor(tenant),
        })
    : undefined;
const { app } = createApp({
  db: base,
  data,
  plugins: registeredPlugins,
  jwtSecret: await signingKeys(),
  ...(files && bucket ? { files, uploadOrigin: s3UploadOrigin(bucket, region) } : {}),
});

export const handler = handle(app);
