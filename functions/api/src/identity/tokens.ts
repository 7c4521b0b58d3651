import { createHash, randomBytes } from "node:crypto";
import type { Grant } from "@congdoan/core";
import { jwtVerify, SignJWT } from "jose";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;
export const REFRESH_COOKIE = "cds_refresh";

export interface AccessClaims {
  sub: string;
  tid: string;
  grants: Grant[];
  /** Bumped when the password changes or the account is disabled; older tokens stop working. */
  tv: number;
}

export async function signAccessToken(secret: Uint8Array, claims: AccessClaims): Promise<string> {
  return new SignJWT({ tid: claims.tid, grants: claims.grants, tv: claims.tv })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .setIssuer("congdoan")
    .sign(secret);
}

export async function verifyAccessToken(
  secret: Uint8Array,
  token: string,
): Promise<AccessClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: "congdoan", algorithms: ["HS256"] });
    if (
      typeof payload.sub !== "string" ||
      typeof payload.tid !== "string" ||
      !Array.isArray(payload.grants)
    ) {
      return undefined;
    }
    return {
      sub: payload.sub,
      tid: payload.tid,
      grants: payload.grants as Grant[],
      tv: Number(payload.tv ?? 0),
    };
  } catch {
    return undefined;
  }
}

export function newRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only a hash is stored, so a leaked table cannot be replayed as sessions. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
