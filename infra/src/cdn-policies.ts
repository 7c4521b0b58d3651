import { Duration } from "aws-cdk-lib";
import {
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ResponseHeadersPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import type { Construct } from "constructs";

/**
 * Exactly the policy the API sends (functions/api/src/middleware/security-headers), so the SPA
 * from S3 and the API behind CloudFront answer alike. The built SPA has no inline script or style
 * (Vite emits external files), which is what lets script-src and style-src stay at 'self'.
 * `uploadOrigin` is the uploads bucket the browser posts presigned forms to (connect-src).
 */
export const contentSecurityPolicy = (uploadOrigin: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${uploadOrigin}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

/**
 * The uploads bucket's regional endpoint, as the API's presigned forms address it
 * (functions/api/src/files/s3-upload-form.ts) and as its own CSP names it (lambda.ts).
 */
export const uploadOriginOf = (bucketName: string, region: string) =>
  `https://${bucketName}.s3.${region}.amazonaws.com`;

/** Security headers added to every response, SPA and API alike, matching the API's own. */
export function securityHeadersPolicy(scope: Construct, uploadOrigin: string) {
  return new ResponseHeadersPolicy(scope, "SecurityHeaders", {
    comment: "Congdoan security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(uploadOrigin), override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(730),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: {
        referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
      // "0" turns off the legacy XSS auditor, which could itself be abused; CSP does that job now.
      xssProtection: { protection: false, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [
        { header: "Cross-Origin-Opener-Policy", value: "same-origin", override: true },
        { header: "Cross-Origin-Resource-Policy", value: "same-origin", override: true },
      ],
    },
  });
}

/** /api/public/*: the API decides cacheability with Cache-Control; 60 s when it says nothing. */
export function publicApiCachePolicy(scope: Construct) {
  return new CachePolicy(scope, "PublicApiCache", {
    comment: "Congdoan public API: honour origin Cache-Control",
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(60),
    maxTtl: Duration.days(1),
    queryStringBehavior: CacheQueryStringBehavior.all(),
    headerBehavior: CacheHeaderBehavior.none(),
    cookieBehavior: CacheCookieBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
}

/**
 * Cached public responses are shared between all viewers, so the origin must not be able to
 * personalise them: no cookies and no viewer headers (Authorization, Host) are forwarded.
 */
export function publicApiOriginRequestPolicy(scope: Construct) {
  return new OriginRequestPolicy(scope, "PublicApiOriginRequest", {
    comment: "Congdoan public API: query strings only",
    queryStringBehavior: OriginRequestQueryStringBehavior.all(),
    headerBehavior: OriginRequestHeaderBehavior.none(),
    cookieBehavior: OriginRequestCookieBehavior.none(),
  });
}
