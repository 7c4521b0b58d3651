import type { AssumeRoleCommand, AssumeRoleCommandOutput } from "@aws-sdk/client-sts";

/**
 * The one method of `STSClient` this module uses. Typed this narrowly so tests can hand in a small
 * in-memory stand-in, and so the Lambda can share its single `STSClient` (one connection pool).
 */
export interface StsLike {
  send(command: AssumeRoleCommand): Promise<AssumeRoleCommandOutput>;
}

/** Temporary credentials, shaped as the AWS SDK expects them in a client's `credentials` option. */
export interface TemporaryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/** Time source in epoch milliseconds; injectable so expiry can be tested without waiting. */
export type Clock = () => number;
