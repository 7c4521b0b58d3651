import type { Context } from "hono";

type LambdaEnv = { event?: { requestContext?: { http?: { sourceIp?: string } } } } | undefined;

/**
 * The caller's address, for limits on sign-in attempts. In Lambda it is API Gateway's own
 * `sourceIp` (the address that reached AWS, past CloudFront), which the client cannot write. The
 * local server has no proxy: there the last X-Forwarded-For entry stands in (tests set it), and
 * without one all local calls share one key.
 */
export function clientAddress(c: Context): string {
  const source = (c.env as LambdaEnv)?.event?.requestContext?.http?.sourceIp;
  if (source) return source;
  const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || c.req.header("x-real-ip") || "local";
}
