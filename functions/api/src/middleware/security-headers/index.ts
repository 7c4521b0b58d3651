import { secureHeaders } from "hono/secure-headers";

export interface SecurityHeaderOptions {
  /**
   * Where the browser posts upload forms when that is not this site: the uploads bucket's origin
   * (`https://<bucket>.s3.<region>.amazonaws.com`) in the cloud. Locally forms post to /api itself.
   */
  uploadOrigin?: string;
}

/**
 * The same headers locally and behind CloudFront (infra/src/cdn-policies.ts builds the same CSP;
 * infra's web-stack test compares them). The SPA ships no inline script or style, so the content
 * security policy can stay strict.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}) {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "blob:"],
      connectSrc: ["'self'", ...(options.uploadOrigin ? [options.uploadOrigin] : [])],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: "max-age=63072000; includeSubDomains",
    referrerPolicy: "strict-origin-when-cross-origin",
    xFrameOptions: "DENY",
    crossOriginResourcePolicy: "same-origin",
  });
}

/** The uploads bucket's origin, exactly as s3-upload-form.ts addresses its forms. */
export const s3UploadOrigin = (bucket: string, region: string) =>
  `https://${bucket}.s3.${region}.amazonaws.com`;
