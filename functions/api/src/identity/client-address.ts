import type { Context } from "hono";

/**
 * The caller's address: CloudFront and API Gateway put the client first in X-Forwarded-For; the
 * local Node server has no proxy in front, so the header is absent and all local calls share one key.
 */
export function clientAddress(c: Context): string {
  const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || c.req.header("x-real-ip") || "local";
}
