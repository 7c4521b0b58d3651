import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { testStacks } from "./test-support";

interface LifecycleRule {
  Prefix?: string;
  ExpirationInDays?: number;
}

describe("uploads bucket", { timeout: 60_000 }, () => {
  let template: Template;
  let bucket: {
    DeletionPolicy?: string;
    Properties: {
      LifecycleConfiguration: { Rules: LifecycleRule[] };
      CorsConfiguration: { CorsRules: unknown[] };
      [key: string]: unknown;
    };
  };

  beforeAll(() => {
    template = Template.fromStack(testStacks().api);
    const [found] = Object.entries(template.findResources("AWS::S3::Bucket")).filter(([id]) =>
      id.startsWith("UploadsBucket"),
    );
    bucket = found![1] as typeof bucket;
  });

  it("blocks public access, encrypts with SSE-S3, keeps versions and outlives the stack", () => {
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
    });
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: "Enabled" });
    expect(bucket.DeletionPolicy).toBe("Retain");
  });

  it("refuses plain HTTP and TLS below 1.2", () => {
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: Match.stringLikeRegexp("^UploadsBucket") },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
          Match.objectLike({ Effect: "Deny", Condition: { NumericLessThan: { "s3:TlsVersion": 1.2 } } }),
        ]),
      },
    });
  });

  it("cleans up abandoned uploads: multipart after 1 day, unsaved tmp/ files after 2", () => {
    const rules = bucket.Properties.LifecycleConfiguration.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          Status: "Enabled",
        }),
        expect.objectContaining({ Prefix: "tmp/", ExpirationInDays: 2, Status: "Enabled" }),
      ]),
    );
    expect(rules.find((r) => !r.Prefix && r.ExpirationInDays)).toBeUndefined();
  });

  it("accepts presigned POSTs from the web origin given at deploy time", () => {
    template.hasParameter("WebOrigin", { Default: "https://*.cloudfront.net" });
    expect(bucket.Properties.CorsConfiguration.CorsRules).toEqual([
      {
        AllowedMethods: ["POST"],
        AllowedOrigins: [{ Ref: "WebOrigin" }],
        AllowedHeaders: ["*"],
        MaxAge: 3600,
      },
    ]);
  });

  it("logs access to its own private log bucket", () => {
    expect(bucket.Properties.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: expect.stringMatching(/^UploadsAccessLogs/) },
      LogFilePrefix: "s3/uploads/",
    });
  });
});
