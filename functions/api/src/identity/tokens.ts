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

/**
 * HS256 keys for access tokens. `current` signs; `previous` (the secret's AWSPREVIOUS version during a
 * rotation) only verifies, so people signed in before the rotation stay signed in until their
 * 15-minute token expires and is refreshed with the new key.
 */
export interface JwtKeys {
  current: Uint8Array;
  previous?: Uint8Array;
}

export type JwtKeyInput = Uint8Array | JwtKeys;

const keysOf = (keys: JwtKeyInput): JwtKeys => (keys instanceof Uint8Array ? { current: keys } : keys);

export async function signAccessToken(keys: JwtKeyInput, claims: AccessClaims): Promise<string> {
  return new SignJWT({ tid: claims.tid, grants: claims.grants, tv: claims.tv })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .setIssuer("congdoan")
    .sign(keysOf(keys).current);
}

/** The claims of a token signed by any of the keys, or undefined (bad signature, expired, malformed). */
export async function verifyAccessToken(keys: JwtKeyInput, token: string): Promise<AccessClaims | undefined> {
  const { current, previous } = keysOf(keys);
  return (await verifyWith(current, token)) ?? (previous ? await verifyWith(previous, token) : undefined);
}

async function verifyWith(secret: Uint8Array, token: string): Promise<AccessClaims | undefined> {
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
