import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { s3UploadOrigin, securityHeaders } from "../../functions/api/src/middleware/security-headers";
import { repoRoot } from "./paths";
import { fixtureWebDist, testStacks } from "./test-support";

const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

/** A name standing for the uploads bucket, whose real name CloudFormation only knows at deploy time. */
const BUCKET = "congdoan-uploads-bucket";

describe("WebStack", { timeout: 60_000 }, () => {
  const stacks = testStacks({ webDistPath: fixtureWebDist });
  const template = Template.fromStack(stacks.web);
  const distribution = () => {
    const [dist] = Object.values(template.findResources("AWS::CloudFront::Distribution"));
    return dist?.Properties.DistributionConfig;
  };
  const cspParts = (): unknown[] => {
    const [policy] = Object.values(template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    const csp = policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy;
    return (csp.ContentSecurityPolicy as { "Fn::Join": [string, unknown[]] })["Fn::Join"][1];
  };
  /** The CloudFront CSP with the bucket's name (a cross-stack import) replaced by BUCKET. */
  const cloudFrontCsp = () =>
    cspParts()
      .map((p) => (typeof p === "string" ? p : BUCKET))
      .join("");

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
          ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Override: true,
          },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: "DENY", Override: true },
          ReferrerPolicy: { ReferrerPolicy: "strict-origin-when-cross-origin", Override: true },
          XSSProtection: { Protection: false, Override: true },
        },
      },
    });
    const behaviours = [distribution().DefaultCacheBehavior, ...distribution().CacheBehaviors];
    expect(behaviours.every((b) => b.ResponseHeadersPolicyId)).toBe(true);
  });

  it("lets the browser post upload forms to the API stack's uploads bucket, and nowhere else", () => {
    const imports = cspParts().filter((p) => typeof p !== "string");
    expect(imports).toHaveLength(1);
    // The bucket's name, an output of CongdoanApi (the bucket the Lambda signs forms for).
    expect(JSON.stringify(imports[0])).toMatch(/"StackName":"CongdoanApi".*UploadsBucket/);
    expect(cloudFrontCsp()).toContain(
      `connect-src 'self' https://${BUCKET}.s3.ap-southeast-1.amazonaws.com;`,
    );
  });

  it("sends the same CSP, HSTS and framing headers as the API itself", async () => {
    const api = new Hono();
    // As lambda.ts configures it: the uploads bucket in the Lambda's region.
    api.use("*", securityHeaders({ uploadOrigin: s3UploadOrigin(BUCKET, "ap-southeast-1") }));
    api.get("/", (c) => c.text("ok"));
    const headers = (await api.request("/")).headers;
    const [policy] = Object.values(template.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    const config = policy?.Properties.ResponseHeadersPolicyConfig;
    const hsts = config.SecurityHeadersConfig.StrictTransportSecurity;
    expect(cloudFrontCsp()).toBe(headers.get("content-security-policy"));
    expect(`max-age=${hsts.AccessControlMaxAgeSec}; includeSubDomains`).toBe(
      headers.get("strict-transport-security"),
    );
    expect(config.SecurityHeadersConfig.FrameOptions.FrameOption).toBe(headers.get("x-frame-options"));
    expect(config.SecurityHeadersConfig.ReferrerPolicy.ReferrerPolicy).toBe(headers.get("referrer-policy"));
    for (const { Header, Value } of config.CustomHeadersConfig.Items) {
      expect(Value, Header).toBe(headers.get(Header));
    }
  });

  it("serves a SPA shell with no inline script or style, so the strict CSP holds", () => {
    // Vite only adds external <script src> and <link> tags to this source at build time.
    const html = readFileSync(join(repoRoot, "web/index.html"), "utf8");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
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

  it("answers on the federation's own domain with TLS 1.2+ when one is configured", () => {
    const domain = {
      name: "congdoan.ldld-hanoi.vn",
      certificateArn: "arn:aws:acm:us-east-1:111111111111:certificate/0f8c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    };
    const { app, web } = testStacks({ domain });
    const config = Object.values(Template.fromStack(web).findResources("AWS::CloudFront::Distribution"))[0]
      ?.Properties.DistributionConfig;
    expect(config.Aliases).toEqual([domain.name]);
    expect(config.ViewerCertificate).toEqual({
      AcmCertificateArn: domain.certificateArn,
      MinimumProtocolVersion: "TLSv1.2_2021",
      SslSupportMethod: "sni-only",
    });
    // With a certificate of its own the TLS finding (CFR4) needs no acknowledgement.
    expect(() => app.synth()).not.toThrow();
  });

  it("refuses a certificate outside us-east-1, which CloudFront cannot use", () => {
    const certificateArn = "arn:aws:acm:ap-southeast-1:111111111111:certificate/0f8c1a2b";
    expect(() => testStacks({ domain: { name: "congdoan.example.vn", certificateArn } })).toThrow(
      /us-east-1/,
    );
  });

  it("skips the deployment when web/dist has not been built", () => {
    const withoutDist = Template.fromStack(testStacks().web);
    withoutDist.resourceCountIs("Custom::CDKBucketDeployment", 0);
  });
});
