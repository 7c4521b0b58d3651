import type { AssumeRoleCommand, AssumeRoleCommandOutput } from "@aws-sdk/client-sts";
import type { StsLike } from "./types";

/**
 * In-memory stand-in for STS in the credential tests: records each AssumeRole input and answers
 * with numbered credentials, or holds the answer until `release()` to test concurrent callers.
 */
export class FakeSts implements StsLike {
  readonly calls: AssumeRoleCommand["input"][] = [];
  failNext: Error | undefined;
  private held: (() => void)[] | undefined;

  constructor(private readonly now: () => number) {}

  hold(): void {
    this.held = [];
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    for (const resume of waiting) resume();
  }

  async send(command: AssumeRoleCommand): Promise<AssumeRoleCommandOutput> {
    this.calls.push(command.input);
    const n = this.calls.length;
    const issuedAt = this.now();
    const held = this.held;
    if (held) await new Promise<void>((resume) => held.push(resume));
    const failure = this.failNext;
    this.failNext = undefined;
    if (failure) throw failure;
    const seconds = command.input.DurationSeconds ?? 3600;
    return {
      $metadata: {},
      Credentials: {
        AccessKeyId: `AKIA${n}`,
        SecretAccessKey: `secret-${n}`,
        SessionToken: `token-${n}`,
        Expiration: new Date(issuedAt + seconds * 1000),
      },
    };
  }
}
