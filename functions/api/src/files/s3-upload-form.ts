import { createHmac } from "node:crypto";
import type { TemporaryCredentials } from "@congdoan/db";
import { s3UploadOrigin } from "../middleware/security-headers";
import type { UploadPolicy, UploadSigner } from "./upload-form";

/**
 * An S3 presigned POST (Signature Version 4, "POST policy"), signed with the tenant role's session so
 * S3 also enforces that role's `tmp/<tenant>/` limit. Written here rather than with
 * @aws-sdk/s3-presigned-post: that package is not certain to be in the Lambda runtime (the bundle
 * leaves @aws-sdk/* to it), and the whole algorithm is one HMAC chain.
 */
export function s3UploadSigner(options: {
  bucket: string;
  region: string;
  credentials: () => Promise<TemporaryCredentials>;
}): UploadSigner {
  return async (policy) => {
    const creds = await options.credentials();
    // A form must not outlive the session that signed it.
    const expiresAt = new Date(Math.min(creds.expiration.getTime(), policy.expiresAt.getTime()));
    return {
      // The same origin the CSP's connect-src allows (security-headers, infra's cdn-policies).
      url: `${s3UploadOrigin(options.bucket, options.region)}/`,
      fields: signPostPolicy({ ...policy, expiresAt }, options.bucket, options.region, creds, new Date()),
      expiresAt,
    };
  };
}

export function signPostPolicy(
  policy: UploadPolicy,
  bucket: string,
  region: string,
  creds: Pick<TemporaryCredentials, "accessKeyId" | "secretAccessKey"> & { sessionToken?: string },
  now: Date,
): Record<string, string> {
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const fields: Record<string, string> = {
    key: policy.objectKey,
    "Content-Type": policy.contentType,
    "x-amz-algorithm": "AWS4-HMAC-SHA256",
    "x-amz-credential": `${creds.accessKeyId}/${day}/${region}/s3/aws4_request`,
    "x-amz-date": amzDate,
    ...(creds.sessionToken ? { "x-amz-security-token": creds.sessionToken } : {}),
  };
  const document = {
    expiration: policy.expiresAt.toISOString(),
    conditions: [
      { bucket },
      ...Object.entries(fields).map(([name, value]) => ({ [name]: value })),
      ["content-length-range", 1, policy.maxBytes],
    ],
  };
  const encoded = Buffer.from(JSON.stringify(document)).toString("base64");
  const key = signingKey(creds.secretAccessKey, day, region, "s3");
  return {
    ...fields,
    policy: encoded,
    "x-amz-signature": createHmac("sha256", key).update(encoded).digest("hex"),
  };
}

/** SigV4's derived key: HMAC of the date, region, service and "aws4_request" in turn. */
export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), "aws4_request");
}
