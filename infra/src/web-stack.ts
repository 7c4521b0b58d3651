import { CfnOutput, Duration, Fn, Stack, type StackProps, Validations } from "aws-cdk-lib";
import type { IHttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  OriginRequestPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import {
  publicApiCachePolicy,
  publicApiOriginRequestPolicy,
  securityHeadersPolicy,
  uploadOriginOf,
} from "./cdn-policies";
import { defaultWebDist } from "./paths";
import { deploySite } from "./site-deployment";
import { spaRewriteSource } from "./spa-rewrite";

export interface WebStackProps extends StackProps {
  readonly httpApi: IHttpApi;
  /** The API stack's uploads bucket: browsers post presigned forms to it, so CSP must allow it. */
  readonly uploads: IBucket;
  /** Built SPA folder; deployment is skipped when it does not exist. */
  readonly webDistPath?: string;
  /** The federation's own host name; without it the site answers on *.cloudfront.net only. */
  readonly domain?: CustomDomain;
}

export interface CustomDomain {
  /** e.g. congdoan.ldld-hanoi.vn */
  readonly name: string;
  /** ACM certificate covering `name`; CloudFront only accepts certificates from us-east-1. */
  readonly certificateArn: string;
}

export class WebStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    const logs = accessLogBucket(this);
    this.bucket = new Bucket(this, "SiteBucket", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // Previous builds stay recoverable if a deploy goes wrong; pruned files age out.
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: "s3/site/",
    });

    // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com; CloudFront wants the bare host.
    const apiDomain = Fn.select(2, Fn.split("/", props.httpApi.apiEndpoint));
    const apiOrigin = new HttpOrigin(apiDomain);
    const responseHeadersPolicy = securityHeadersPolicy(
      this,
      uploadOriginOf(props.uploads.bucketName, Stack.of(this).region),
    );

    this.distribution = new Distribution(this, "Distribution", {
      comment: "Congdoan web + API",
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, "SpaRewrite", {
              code: FunctionCode.fromInline(spaRewriteSource),
              comment: "Serve index.html for client-side routes",
            }),
          },
        ],
      },
      // CloudFront matches behaviours in order: the narrower /api/public/* must precede /api/*.
      additionalBehaviors: {
        "/api/public/*": {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: publicApiCachePolicy(this),
          originRequestPolicy: publicApiOriginRequestPolicy(this),
          responseHeadersPolicy,
        },
        "/api/*": {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // API Gateway rejects requests whose Host is not its own domain.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy,
        },
      },
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: "cloudfront/",
      ...(props.domain ? customDomainSettings(this, props.domain) : {}),
    });

    new CfnOutput(this, "DistributionDomainName", {
      value: this.distribution.distributionDomainName,
      description: "Point the custom domain's CNAME here",
    });
    new CfnOutput(this, "SiteUrl", {
      value: `https://${props.domain?.name ?? this.distribution.distributionDomainName}`,
    });

    deploySite(this, {
      distDir: props.webDistPath ?? defaultWebDist,
      bucket: this.bucket,
      distribution: this.distribution,
    });

    this.acknowledgeNagFindings(logs, props.domain !== undefined);
  }

  private acknowledgeNagFindings(logs: Bucket, hasCustomDomain: boolean) {
    Validations.of(logs).acknowledge({
      id: "AwsSolutions-S1",
      reason: "This is the access-log bucket itself; logging it would only log log deliveries.",
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: "AwsSolutions-CFR1",
        reason: "No geo restriction: union members legitimately sign in from abroad (study, work, travel).",
      },
      {
        id: "AwsSolutions-CFR2",
        reason:
          "WAF not enabled in the skeleton; a CLOUDFRONT-scope web ACL (us-east-1) comes with the security hardening step.",
      },
    );
    if (!hasCustomDomain) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions-CFR4",
        reason:
          "Uses the default *.cloudfront.net certificate, which cannot pin a minimum TLS version; TLSv1.2_2021 is set when a custom domain and its ACM certificate are configured (DEPLOY.md).",
      });
    }
  }
}

function customDomainSettings(scope: Construct, domain: CustomDomain) {
  const region = domain.certificateArn.split(":")[3];
  if (region !== "us-east-1") {
    throw new Error(
      `certificateArn must be an ACM certificate in us-east-1 (CloudFront), got region "${region}"`,
    );
  }
  return {
    domainNames: [domain.name],
    certificate: Certificate.fromCertificateArn(scope, "Certificate", domain.certificateArn),
    minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
  };
}

/** One bucket for S3 server access logs and CloudFront standard logs. */
function accessLogBucket(scope: Construct) {
  return new Bucket(scope, "AccessLogs", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // CloudFront standard logging writes through bucket ACLs, which BUCKET_OWNER_ENFORCED disables.
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    // A year of access logs for incident investigation; align with the retention policy once agreed.
    lifecycleRules: [{ expiration: Duration.days(365) }],
  });
}
