import { CfnParameter, Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";

/** Key prefixes the tenant role may touch; `<tenant>` is the session's TenantId tag. */
export const uploadPrefixes = {
  /** Files attached to records (evidence, minutes, scholarship documents). */
  kept: "t/",
  /** Where the browser's presigned POST lands; the API moves a file to `t/` when its form is saved. */
  pending: "tmp/",
} as const;

/**
 * Uploaded files. Browsers post straight to S3 with a presigned POST signed by the tenant role, so
 * the Lambda never streams file bodies. Uploads nobody saved are cleaned up by lifecycle rules.
 */
export class UploadsBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    // A deploy parameter rather than context: CloudFormation keeps its value across deploys, so a
    // later `cdk deploy` without flags cannot silently break uploads from a custom domain.
    const webOrigin = new CfnParameter(this, "WebOrigin", {
      type: "String",
      default: "https://*.cloudfront.net",
      allowedPattern: "^https://[A-Za-z0-9*.-]+$",
      description:
        "Origin allowed to post uploads from the browser, e.g. https://congdoan.example.vn (default: any CloudFront domain).",
    });
    webOrigin.overrideLogicalId("WebOrigin");

    const logs = new Bucket(this, "AccessLogs", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Who fetched which evidence file, kept a year for investigations.
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });

    this.bucket = new Bucket(this, "Bucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // An overwritten or deleted file stays recoverable for 30 days.
      versioned: true,
      // Members' documents outlive any stack update or `cdk destroy`.
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: "s3/uploads/",
      lifecycleRules: [
        { id: "abort-incomplete-multipart", abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          id: "expire-unsaved-uploads",
          prefix: uploadPrefixes.pending,
          expiration: Duration.days(2),
          noncurrentVersionExpiration: Duration.days(1),
        },
        { id: "expire-old-versions", noncurrentVersionExpiration: Duration.days(30) },
        { id: "remove-expired-delete-markers", expiredObjectDeleteMarker: true },
      ],
      cors: [
        {
          // Presigned POST from the SPA; downloads use presigned GET links opened by the browser.
          allowedMethods: [HttpMethods.POST],
          allowedOrigins: [webOrigin.valueAsString],
          allowedHeaders: ["*"],
          maxAge: 3600,
        },
      ],
    });

    Validations.of(logs).acknowledge({
      id: "AwsSolutions-S1",
      reason:
        "This is the access-log bucket of the uploads bucket; logging it would only log log deliveries.",
    });
  }
}
