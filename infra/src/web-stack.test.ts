import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { fixtureWebDist, testStacks } from "./test-support";

const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

describe("WebStack", { timeout: 60_000 }, () => {
  const template = Template.fromStack(testStacks({ webDistPath: fixtureWebDist }).web);
  const distribution = () => {
    const [dist] = Object.values(template.findResources("AWS::CloudFront::Distribution"));
    return dist?.Properties.DistributionConfig;
  };

  it("keeps every bucket private, encrypted and TLS-only", () => {
    template.allResourcesProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }],
      },
    });
    template.hasResourceProperties("AWS::S3::Bucket", { VersioningConfiguration: { Status: "Enabled" } });
  });

  it("has no bucket policy that allows anonymous principals", () => {
    const statements = Object.values(template.findResources("AWS::S3::BucketPolicy")).flatMap(
      (p) => p.Properties.PolicyDocument.Statement,
    );
    const isAnyone = (principal: unknown) =>
      principal === "*" || JSON.stringify(principal) === JSON.stringify({ AWS: "*" });
    expect(statements.filter((s) => s.Effect === "Allow" && isAnyone(s.Principal))).toEqual([]);
    // The SSL-only deny is the only statement addressed to everyone.
    expect(statements.filter((s) => isAnyone(s.Principal)).every((s) => s.Effect === "Deny")).toBe(true);
  });

  it("reads the site bucket through Origin Access Control only", () => {
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: { OriginAccessControlOriginType: "s3", SigningBehavior: "always" },
    });
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Action: "s3:GetObject",
            Principal: { Service: "cloudfront.amazonaws.com" },
            Condition: { StringEquals: { "AWS:SourceArn": Match.anyValue() } },
          }),
        ]),
      },
    });
    const s3Origin = distribution().Origins.find((o: { S3OriginConfig?: unknown }) => o.S3OriginConfig);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(distribution().DefaultRootObject).toBe("index.html");
  });

  it("routes /api/public/* (cached) before /api/* (uncached) to the HTTP API", () => {
    const [publicApi, api] = distribution().CacheBehaviors;
    expect(publicApi.PathPattern).toBe("/api/public/*");
    expect(api).toMatchObject({
      PathPattern: "/api/*",
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
      AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
      ViewerProtocolPolicy: "https-only",
    });
    expect(publicApi.TargetOriginId).toBe(api.TargetOriginId);
    const apiOrigin = distribution().Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    expect(apiOrigin.DomainName).toMatchObject({
      "Fn::Select": [2, { "Fn::Split": ["/", expect.anything()] }],
    });
  });

  it("lets the public API's Cache-Control decide, within 0 s .. 1 day", () => {
    template.hasResourceProperties("AWS::CloudFront::CachePolicy", {
      CachePolicyConfig: {
        MinTTL: 0,
        DefaultTTL: 60,
        MaxTTL: 86_400,
        ParametersInCacheKeyAndForwardedToOrigin: {
          QueryStringsConfig: { QueryStringBehavior: "all" },
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
        },
      },
    });
    template.hasResourceProperties("AWS::CloudFront::OriginRequestPolicy", {
      OriginRequestPolicyConfig: {
        CookiesConfig: { CookieBehavior: "none" },
        HeadersConfig: { HeaderBehavior: "none" },
      },
    });
  });

  it("adds security headers to every behaviour", () => {
    template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: {
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31_536_000 }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: "DENY", Override: true },
          ReferrerPolicy: { ReferrerPolicy: "strict-origin-when-cross-origin", Override: true },
        },
      },
    });
    const behaviours = [distribution().DefaultCacheBehavior, ...distribution().CacheBehaviors];
    expect(behaviours.every((b) => b.ResponseHeadersPolicyId)).toBe(true);
  });

  it("serves the SPA shell via a viewer-request function, not distribution-wide error pages", () => {
    expect(distribution().DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: "viewer-request", FunctionARN: expect.anything() },
    ]);
    // errorResponses would also rewrite API 403/404s into index.html with status 200.
    expect(distribution().CustomErrorResponses).toBeUndefined();
  });

  it("deploys the built SPA: hashed assets immutable, shell revalidated and invalidated", () => {
    template.resourceCountIs("Custom::CDKBucketDeployment", 2);
    template.hasResourceProperties("Custom::CDKBucketDeployment", {
      Include: ["assets/*"],
      Prune: false,
      SystemMetadata: { "cache-control": "public, max-age=31536000, immutable" },
    });
    template.hasResourceProperties("Custom::CDKBucketDeployment", {
      Exclude: ["assets/*"],
      SystemMetadata: { "cache-control": "no-cache" },
      DistributionPaths: ["/*"],
    });
  });

  it("skips the deployment when web/dist has not been built", () => {
    const withoutDist = Template.fromStack(testStacks().web);
    withoutDist.resourceCountIs("Custom::CDKBucketDeployment", 0);
  });
});
