import { AssumeRoleCommand, type Tag } from "@aws-sdk/client-sts";
import type { Clock, StsLike, TemporaryCredentials } from "./types";

export interface RoleSessionOptions {
  sts: StsLike;
  roleArn: string;
  /** Shows up in CloudTrail as the assumed-role session name, so an auditor can see who acted. */
  sessionName: string;
  tags?: readonly Tag[];
  sessionDurationSeconds?: number;
  refreshMarginSeconds?: number;
  now?: Clock;
}

/**
 * One assumed-role session, kept fresh: the credentials are reused until `refreshMarginSeconds`
 * before they expire, and callers who arrive while a refresh is running wait for that same
 * AssumeRole call instead of starting their own (a burst of requests costs one STS round trip).
 */
export class RoleSession {
  private current: TemporaryCredentials | undefined;
  private pending: Promise<TemporaryCredentials> | undefined;
  private readonly durationSeconds: number;
  private readonly marginMs: number;
  private readonly now: Clock;

  constructor(private readonly options: RoleSessionOptions) {
    // 900 s is the shortest session STS grants; short sessions bound what a leaked token can do.
    this.durationSeconds = options.sessionDurationSeconds ?? 900;
    this.marginMs = (options.refreshMarginSeconds ?? 120) * 1000;
    this.now = options.now ?? Date.now;
    if (this.marginMs >= this.durationSeconds * 1000) {
      throw new Error("refreshMarginSeconds must be shorter than sessionDurationSeconds");
    }
  }

  async credentials(): Promise<TemporaryCredentials> {
    const current = this.current;
    if (current && this.now() < current.expiration.getTime() - this.marginMs) return current;
    this.pending ??= this.refresh(current).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(previous: TemporaryCredentials | undefined): Promise<TemporaryCredentials> {
    try {
      this.current = await this.assume();
      return this.current;
    } catch (error) {
      // An STS hiccup inside the refresh margin should not fail requests while the old
      // credentials still work; the next call tries again.
      if (previous && this.now() < previous.expiration.getTime() - STILL_USABLE_MS) return previous;
      throw error;
    }
  }

  private async assume(): Promise<TemporaryCredentials> {
    const { sts, roleArn, sessionName, tags } = this.options;
    const out = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: sessionName,
        DurationSeconds: this.durationSeconds,
        ...(tags && tags.length > 0 ? { Tags: [...tags] } : {}),
      }),
    );
    const c = out.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
      throw new Error(`STS returned no credentials for ${roleArn}`);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  }
}

/** Old credentials are still handed out after a failed refresh only if they outlive a request. */
const STILL_USABLE_MS = 15_000;
